namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The DataLoaders of one request: batched, cached loads so resolvers never make N+1 queries.
/// A resolver asks for a loader by name (<see cref="GetOrAdd{TKey, TValue}"/>) and awaits
/// <see cref="DataLoader{TKey, TValue}.LoadAsync"/>. The executor starts every resolver of one level of the
/// response (across all list items), then dispatches the queued keys — one batch call per loader — and
/// repeats until nothing is queued, so N items loading one field make one batch call.
/// Batches run one after another (never two at once), so a batch function may use a data context that
/// does not allow concurrent use.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IDispatchableLoader> _loaders = new(StringComparer.Ordinal);
    private readonly List<IDispatchableLoader> _order = [];
    private TaskCompletionSource _queued = NewSignal();
    private bool _hasQueued;

    /// <summary>
    /// The loader named <paramref name="name"/>, created with <paramref name="batchFunction"/> on first use.
    /// The batch function gets distinct keys and returns the values it found; a key it leaves out loads as default.
    /// </summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batchFunction)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(batchFunction);
        lock (_lock)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                    $"The DataLoader \"{name}\" already exists with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(name, this, batchFunction);
            _loaders[name] = loader;
            _order.Add(loader);
            return loader;
        }
    }

    /// <summary>True while some loader has keys waiting for a batch.</summary>
    public bool HasPendingLoads
    {
        get
        {
            lock (_lock)
            {
                return _hasQueued;
            }
        }
    }

    /// <summary>
    /// Runs one batch for every loader with queued keys (in the order the loaders were created) and completes
    /// their loads. Keys queued meanwhile wait for the next call. The executor calls this; call it yourself
    /// only when using loaders outside an execution.
    /// </summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<IDispatchableLoader> loaders;
        lock (_lock)
        {
            loaders = [.. _order];
            _hasQueued = false;
            if (_queued.Task.IsCompleted)
            {
                _queued = NewSignal();
            }
        }

        foreach (var loader in loaders)
        {
            await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes when a key is queued (immediately if one already is).</summary>
    internal Task WhenLoadQueued()
    {
        lock (_lock)
        {
            return _queued.Task;
        }
    }

    internal void NotifyQueued()
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            _hasQueued = true;
            signal = _queued;
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal interface IDispatchableLoader
{
    Task DispatchAsync(CancellationToken cancellationToken);
}
