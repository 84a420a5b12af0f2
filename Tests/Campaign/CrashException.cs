namespace DeadlineBot.Tests.Campaign;

/// <summary>Stands for the process dying at that point: the campaign's host emulation settles nothing after it.</summary>
internal sealed class CrashException : Exception
{
    public CrashException()
        : base("Injected: the process died here")
    {
    }

    public CrashException(string message)
        : base(message)
    {
    }

    public CrashException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
