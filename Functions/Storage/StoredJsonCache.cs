using System.Collections.Concurrent;
using DeadlineBot.Core.Deadlines;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Parsed lead lists and schedules by their stored JSON, for one pass over many tasks (the daily scan): forty agencies
/// and a few thousand distinct schedules stand for a hundred thousand tasks, so most rows reuse a parsed value instead
/// of allocating their own. The values are immutable; at most <see cref="MaxEntries"/> of each are kept.
/// </summary>
internal sealed class StoredJsonCache
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Schedule>> _schedules = new(StringComparer.Ordinal);

    public IReadOnlyList<string> ReadNames(string? json) => Read(_names, json, StoredJson.ReadNames);

    public IReadOnlyList<Schedule> ReadSchedules(string? json) => Read(_schedules, json, StoredJson.ReadSchedules);

    private static IReadOnlyList<T> Read<T>(ConcurrentDictionary<string, IReadOnlyList<T>> cache, string? json, Func<string?, IReadOnlyList<T>> parse)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        if (cache.TryGetValue(json, out var parsed))
        {
            return parsed;
        }

        parsed = parse(json);
        if (cache.Count < MaxEntries)
        {
            cache.TryAdd(json, parsed);
        }

        return parsed;
    }
}
