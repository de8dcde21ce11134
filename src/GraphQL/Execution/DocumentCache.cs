using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Validation.Cost;

namespace MentorGraph.GraphQL.Execution;

/// <summary>A parsed document and the errors its validation found (none when valid).</summary>
public sealed record CachedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors)
{
    /// <summary>The cost checks validation left to each request (operations that variables affect); null when none.</summary>
    public RequestCostChecks? CostChecks { get; init; }
}

/// <summary>
/// A bounded, thread-safe least-recently-used cache of parsed and validated documents, keyed by the
/// SHA-256 hash of the query text. A capacity of 0 turns caching off.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CachedDocument Value)> _recency = new();

    public int Capacity { get; } = Math.Max(0, capacity);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The hash a query text is cached under.</summary>
    public static string KeyOf(string query)
    {
        // The UTF-8 bytes go to a rented buffer and the hash to the stack: only the key itself is allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(query));
        try
        {
            var length = Encoding.UTF8.GetBytes(query, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public bool TryGet(string key, out CachedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string key, CachedDocument document)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
                _entries.Remove(key);
            }

            var node = _recency.AddFirst((key, document));
            _entries[key] = node;
            while (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}
