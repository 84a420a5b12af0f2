namespace DeadlineBot.Core.Plans.Json;

/// <summary>The JSON shape of an <see cref="ImportConflict"/>: <c>{ref, field, body, appendix, message}</c>.</summary>
public sealed record ImportConflictJson(string Ref, string Field, string Body, string Appendix, string Message);
