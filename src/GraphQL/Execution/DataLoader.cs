namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Loads values by key for one request: each key is loaded at most once (the result is cached for the
/// request) and the keys asked for while the executor runs one level are fetched in one batch call.
/// Get one from <see cref="DataLoaderScope.GetOrAdd{TKey, TValue}"/>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly DataLoaderScope _scope;
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batchFunction;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private List<TKey> _queue = [];

    internal DataLoader(
        string name,
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batchFunction)
    {
        Name = name;
        _scope = scope;
        _batchFunction = batchFunction;
    }

    public string Name { get; }

    /// <summary>The value for <paramref name="key"/>, or default when the batch function did not return it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue?> completion;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached.Task;
            }

            // Continuations run inline when the batch completes, so a resolver that loads again right
            // after queues its next key before the executor looks for more work: deterministic batches.
            completion = new TaskCompletionSource<TValue?>();
            _cache[key] = completion;
            _queue.Add(key);
        }

        _scope.NotifyQueued();

        return completion.Task;
    }

    /// <summary>The values for <paramref name="keys"/>, in the same order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToList();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Puts a value in the cache (e.g. one loaded by other means); an existing entry is kept.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (!_cache.ContainsKey(key))
            {
                var completion = new TaskCompletionSource<TValue?>();
                completion.SetResult(value);
                _cache[key] = completion;
            }
        }
    }

    /// <summary>Forgets the cached value of <paramref name="key"/> (e.g. after a mutation changed it).</summary>
    public void Clear(TKey key)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var entry) && entry.Task.IsCompleted)
            {
                _cache.Remove(key);
            }
        }
    }

    async Task IDispatchableLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<TaskCompletionSource<TValue?>> completions;
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            keys = _queue;
            _queue = [];
            completions = keys.Select(k => _cache[k]).ToList();
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            values = await _batchFunction(keys, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The batch function of DataLoader \"{Name}\" returned null.");
        }
        catch (Exception exception)
        {
            lock (_lock)
            {
                // A failed key is not cached, so a later load may try again.
                foreach (var key in keys)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var completion in completions)
            {
                if (exception is OperationCanceledException canceled)
                {
                    completion.TrySetCanceled(canceled.CancellationToken);
                }
                else
                {
                    completion.TrySetException(exception);
                }
            }

            return;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            completions[i].TrySetResult(values.TryGetValue(keys[i], out var value) ? value : default);
        }
    }
}
