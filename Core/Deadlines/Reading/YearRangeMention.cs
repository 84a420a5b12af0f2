namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>A span of whole years: <c>giai đoạn 2021 – 2025</c>, <c>năm 2021 và năm 2022</c>.</summary>
internal sealed record YearRangeMention(int Start, int End, int FromYear, int ToYear) : Mention(Start, End);
