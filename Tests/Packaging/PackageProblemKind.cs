namespace DeadlineBot.Tests.Packaging;

/// <summary>What can be wrong with a Function app package, each found by <see cref="PackageInspector"/>.</summary>
internal enum PackageProblemKind
{
    MissingHostJson,
    InvalidHostJson,
    MissingWorkerConfig,
    MissingWorker,
    MissingMetadata,
    InvalidMetadata,
    UnknownTrigger,
    MissingExtension,
    LocalSettings,
    Secret,
}
