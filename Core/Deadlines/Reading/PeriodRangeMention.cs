namespace DeadlineBot.Core.Deadlines.Reading;

/// <summary>Two periods joined as a span: <c>từ quý III năm 2021 đến hết quý II năm 2025</c>.</summary>
internal sealed record PeriodRangeMention(PeriodMention From, PeriodMention To) : Mention(From.Start, To.End);
