namespace DeadlineBot.Core.Calendar;

/// <summary>A public holiday, or a day off in lieu (nghỉ bù) of one that fell on a weekend.</summary>
public sealed record Holiday(DateOnly Date, string Name, bool InLieu = false);
