namespace DeadlineBot.Core.Plans.Reading;

/// <summary>What a plan file holds, told from its first bytes rather than its name.</summary>
public enum DocumentKind
{
    /// <summary>Plain text or Markdown (UTF-8 or UTF-16).</summary>
    Text,

    /// <summary>A Word document (.docx, Office Open XML).</summary>
    Word,

    /// <summary>A PDF with a text layer.</summary>
    Pdf,
}
