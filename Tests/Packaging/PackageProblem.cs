namespace DeadlineBot.Tests.Packaging;

/// <summary>What can be wrong with a Function app package, each found by <see cref="PackageInspector"/>.</summary>
internal enum PackageProblemKind
{
    MissingHostJson,
    InvalidHostJson,
    MissingExecutable,
    NotExecutable,
    NoFunctions,
    InvalidFunctionJson,
    UnknownTrigger,
    MissingExtensionBundle,
    LocalSettings,
    Secret,
}

/// <summary>One problem in one entry of the package, with the reason.</summary>
internal sealed record PackageProblem(PackageProblemKind Kind, string Entry, string Detail)
{
    public override string ToString() => $"{Kind} in {Entry}: {Detail}";
}
