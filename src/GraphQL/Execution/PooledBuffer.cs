using System.Buffers;
using System.Runtime.CompilerServices;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// A growable list of structs whose array comes from <see cref="ArrayPool{T}.Shared"/>: the executor's
/// per-level work lists reach thousands of entries on a large response, and renting them keeps those
/// arrays out of every request's garbage. Dispose returns the array (cleared, so it holds no values).
/// </summary>
internal sealed class PooledBuffer<T> : IDisposable
    where T : struct
{
    private T[] _items = ArrayPool<T>.Shared.Rent(16);

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[index];

    /// <summary>Appends a default entry and returns it to be filled in.</summary>
    public ref T Add()
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        return ref _items[Count++];
    }

    public void Add(in T item) => Add() = item;

    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, 0, Count);
        }

        Count = 0;
    }

    public void Dispose()
    {
        Clear();
        var items = _items;
        _items = [];
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
        Array.Copy(_items, larger, Count);
        ArrayPool<T>.Shared.Return(_items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        _items = larger;
    }
}
