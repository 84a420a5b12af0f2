using System.Text;
using DeadlineBot.Core.Plans;

namespace DeadlineBot.Tests.Plans;

/// <summary>Imports a plan written inline in a test.</summary>
internal static class PlanText
{
    public static PlanImport Import(string text, string fileName = "plan.txt") =>
        Import(Encoding.UTF8.GetBytes(text), fileName);

    public static PlanImport Import(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes);
        return PlanImporter.Default.Import(stream, fileName);
    }

    public static PlanTask Task(this PlanImport import, string reference) =>
        import.Tasks.SingleOrDefault(t => t.Ref == reference)
        ?? throw new AssertFailedException($"no task {reference} among {string.Join(", ", import.Tasks.Select(t => t.Ref))}");
}
