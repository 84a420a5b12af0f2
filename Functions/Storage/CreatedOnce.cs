using System.Collections.Concurrent;

namespace DeadlineBot.Functions.Storage;

/// <summary>
/// Clients for tables and queues that must exist before use: each is created once per process, and a failed
/// creation (storage not up yet) is tried again on the next call rather than remembered.
/// </summary>
internal sealed class CreatedOnce<T>(Func<string, Task<T>> create)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _created = new(StringComparer.Ordinal);

    public async Task<T> GetAsync(string name, CancellationToken cancellationToken)
    {
        var created = _created.GetOrAdd(name, n => new Lazy<Task<T>>(() => create(n)));
        try
        {
            return await created.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (created.Value.IsFaulted)
        {
            _created.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(name, created));
            throw;
        }
    }
}
