using DeadlineBot.Functions.Api.Models;
using DeadlineBot.Functions.Api.Validation;

namespace DeadlineBot.Functions.Web.Pages;

/// <summary>
/// A task as the web form carries it: names one per line, the deadline as written (its schedules are read from it
/// again when it is stored), and the version (ETag) the form was made on.
/// </summary>
public sealed record TaskForm(TaskInput Input, string? ETag)
{
    public const string Ref = "ref";
    public const string Title = "title";
    public const string Lead = "lead";
    public const string Cooperating = "cooperating";
    public const string ReportTo = "reportTo";
    public const string DeadlineText = "deadlineText";
    public const string Note = "note";
    public const string Version = "etag";

    public static TaskForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string? Get(string name) => form[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return new TaskForm(
            new TaskInput
            {
                Ref = Get(Ref),
                Title = Get(Title),
                Lead = Lines(Get(Lead)),
                Cooperating = Lines(Get(Cooperating)),
                ReportTo = Get(ReportTo),
                DeadlineText = Get(DeadlineText),
                Note = Get(Note),
            },
            Get(Version));
    }

    public static TaskForm Of(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskForm(
            new TaskInput
            {
                Ref = task.Ref,
                Title = task.Title,
                Lead = [.. task.Lead],
                Cooperating = [.. task.Cooperating],
                ReportTo = task.ReportTo,
                DeadlineText = task.DeadlineText,
                Note = task.Note,
            },
            task.ETag);
    }

    /// <summary>The form's errors by field (empty when it can be stored).</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new FieldErrors();
        Input.Validate(errors);
        return errors.ToDictionary();
    }

    public static IList<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string Joined(IEnumerable<string>? names) => string.Join('\n', names ?? []);
}
