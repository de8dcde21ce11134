using System.Runtime.CompilerServices;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// Counts the feature buckets of one note: the distinct buckets and their counts in dense arrays
/// (first-seen order), found through a small open-addressing index that is reused from note to note
/// (cleared in O(distinct features)). One instance per thread; not thread-safe.
/// </summary>
internal sealed class FeatureCounts
{
    // Slot → (index of the bucket in the dense arrays) << 32 | (bucket + 1); 0 = empty. A probe reads
    // one slot and compares the bucket there. Buckets are the top bits of a mixed hash, so their low
    // bits already spread evenly over the slots.
    private long[] _index = new long[2048];
    private int[] _buckets = new int[1024];
    private int[] _counts = new int[1024];
    private int[] _slots = new int[1024];

    public int Count { get; private set; }

    /// <summary>The distinct buckets in first-seen order.</summary>
    public ReadOnlySpan<int> Buckets => _buckets.AsSpan(0, Count);

    /// <summary>How often each of <see cref="Buckets"/> occurred.</summary>
    public ReadOnlySpan<int> Counts => _counts.AsSpan(0, Count);

    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _index[_slots[i]] = 0;
        }

        Count = 0;
    }

    /// <summary>Counts one occurrence of a bucket; returns the bucket's index in first-seen order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(int bucket)
    {
        var index = _index;
        var mask = index.Length - 1;
        var slot = bucket & mask;
        var key = (uint)(bucket + 1);
        while (true)
        {
            var entry = index[slot];
            if ((uint)entry == key)
            {
                var found = (int)(entry >> 32);
                _counts[found]++;
                return found;
            }

            if (entry == 0)
            {
                return Insert(bucket, slot);
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Insert(int bucket, int slot)
    {
        var index = Count;
        if (index == _buckets.Length)
        {
            Grow();
            return Add(bucket);
        }

        _index[slot] = ((long)index << 32) | (uint)(bucket + 1);
        _buckets[index] = bucket;
        _counts[index] = 1;
        _slots[index] = slot;
        Count = index + 1;
        return index;
    }

    /// <summary>The count of a bucket in the current note (0 if absent).</summary>
    public int CountOf(int bucket)
    {
        var mask = _index.Length - 1;
        for (var slot = bucket & mask; _index[slot] != 0; slot = (slot + 1) & mask)
        {
            if ((uint)_index[slot] == (uint)(bucket + 1))
            {
                return _counts[(int)(_index[slot] >> 32)];
            }
        }

        return 0;
    }

    /// <summary>Doubles the capacity (the index stays at most half full), keeping order and counts.</summary>
    private void Grow()
    {
        var capacity = _buckets.Length * 2;
        Array.Resize(ref _buckets, capacity);
        Array.Resize(ref _counts, capacity);
        _slots = new int[capacity];
        _index = new long[capacity * 2];
        var mask = _index.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _buckets[i] & mask;
            while (_index[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _index[slot] = ((long)i << 32) | (uint)(_buckets[i] + 1);
            _slots[i] = slot;
        }
    }
}

/// <summary>A sink that only counts buckets.</summary>
internal readonly struct CountingSink(FeatureCounts counts) : IFeatureSink
{
    public void Add(int bucket, ulong ngram, int sentence, int start, int length) => counts.Add(bucket);
}
