namespace DeadlineBot.Functions.Hosting;

/// <summary>Local runs only (<c>DeadlineBot:Seed</c>): plans and agencies to load at start into empty storage.</summary>
public sealed class SeedOptions
{
    public const string Section = "DeadlineBot:Seed";

    /// <summary>A folder of plan files (.txt, .md, .docx, .pdf) read through the importer.</summary>
    public string? Plans { get; set; }

    /// <summary>A JSON file: <c>[{"name": "Sở Nội vụ", "emails": ["sonoivu@example.test"], "aliases": ["SNV"]}]</c>.</summary>
    public string? Agencies { get; set; }
}
