namespace DeadlineBot.Functions.Api.Validation;

/// <summary>How long and how many: generous for real plans, far below what Table Storage refuses (64 KiB a property).</summary>
public static class Limits
{
    public const int Title = 4000;
    public const int Name = 300;
    public const int Email = 254;
    public const int Line = 500;
    public const int Note = 4000;
    public const int ListItems = 50;
    public const int Tasks = 1000;
    public const int Schedules = 20;

    /// <summary>Dates outside these years are typing mistakes, and far enough from the calendar's ends to compute with.</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2200;

    /// <summary>An uploaded plan document: 20 MiB.</summary>
    public const long Upload = 20L * 1024 * 1024;
}
