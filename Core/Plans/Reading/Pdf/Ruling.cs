namespace DeadlineBot.Core.Plans.Reading.Pdf;

/// <summary>A drawn line: horizontal (<see cref="At"/> is its y, From–To its x extent) or vertical (the other way round).</summary>
internal sealed record Ruling(bool Vertical, double At, double From, double To);
