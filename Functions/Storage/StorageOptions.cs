using System.ComponentModel.DataAnnotations;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Where tasks, agencies and the reminder log live (<c>DeadlineBot:Storage</c>). Either a connection string
/// (Azurite, or an account key) or the table and queue service URIs, reached with DefaultAzureCredential
/// (managed identity in Azure).
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "DeadlineBot:Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    /// <summary>Prepended to every table name, so that several deployments or test runs share one account.</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,40}$", ErrorMessage = StorageMessages.TablePrefixRule)]
    public string TablePrefix { get; set; } = "deadlinebot";

    /// <summary>The queue the scan fills with one message per digest; its poison queue is this name + "-poison".</summary>
    [Required]
    [RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,54}[a-z0-9]$", ErrorMessage = StorageMessages.QueueNameRule)]
    public string ReminderQueue { get; set; } = "reminders";

    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesConnectionString && (TableServiceUri is null || QueueServiceUri is null))
        {
            yield return new ValidationResult(
                StorageMessages.NoAccount,
                [nameof(ConnectionString), nameof(TableServiceUri), nameof(QueueServiceUri)]);
        }
    }
}
