namespace DeadlineBot.Tests.Campaign;

/// <summary>What an armed <see cref="StorageFaults"/> does to its request.</summary>
internal enum FaultKind
{
    None,
    CrashBefore,
    CrashAfter,
    ErrorBefore,
    ErrorAfter,
}
