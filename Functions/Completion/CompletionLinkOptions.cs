using System.ComponentModel.DataAnnotations;

namespace DeadlineBot.Functions.Completion;

/// <summary>The signed completion links in reminder emails (section <c>DeadlineBot:Links</c>).</summary>
public sealed class CompletionLinkOptions
{
    public const string Section = "DeadlineBot:Links";

    /// <summary>Where agencies reach the service, e.g. https://deadlinebot.example.gov.vn; links are built under it.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The HMAC-SHA256 key. A secret: from Key Vault or user secrets, never the repository.</summary>
    [Required]
    [MinLength(32)]
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>How many days a link stays valid after the day it is made.</summary>
    [Range(1, 366)]
    public int ValidDays { get; set; } = 60;
}
