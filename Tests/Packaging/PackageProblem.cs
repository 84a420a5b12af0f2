namespace DeadlineBot.Tests.Packaging;

/// <summary>One problem in one entry of the package, with the reason.</summary>
internal sealed record PackageProblem(PackageProblemKind Kind, string Entry, string Detail)
{
    public override string ToString() => $"{Kind} in {Entry}: {Detail}";
}
