namespace MentorGraph.Analytics.Features;

/// <summary>
/// Counts feature buckets of one note in an open-addressing table that is reused from note to note
/// (cleared in O(distinct features) by a generation stamp). One instance per thread; not thread-safe.
/// </summary>
internal sealed class FeatureCounts
{
    private int[] _keys = new int[4096];
    private int[] _counts = new int[4096];
    private int[] _stamps = new int[4096];
    private int[] _indexOfSlot = new int[4096];
    private int[] _slotsInOrder = new int[2048];
    private int _generation = 1;

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        _generation++;
        if (_generation == int.MaxValue)
        {
            Array.Clear(_stamps);
            _generation = 1;
        }
    }

    /// <summary>Counts one occurrence of a bucket; returns the bucket's index in first-seen order.</summary>
    public int Add(int bucket)
    {
        var mask = _keys.Length - 1;
        var slot = (bucket * -1640531535) & mask; // multiplicative spread of the bucket number
        while (_stamps[slot] == _generation)
        {
            if (_keys[slot] == bucket)
            {
                _counts[slot]++;
                return _indexOfSlot[slot];
            }

            slot = (slot + 1) & mask;
        }

        _stamps[slot] = _generation;
        _keys[slot] = bucket;
        _counts[slot] = 1;
        _indexOfSlot[slot] = Count;
        _slotsInOrder[Count++] = slot;
        var index = Count - 1;
        if (Count * 2 >= _keys.Length)
        {
            Grow();
        }

        return index;
    }

    /// <summary>The i-th distinct bucket (in first-seen order) and its count.</summary>
    public (int Bucket, int Count) this[int i]
    {
        get
        {
            var slot = _slotsInOrder[i];
            return (_keys[slot], _counts[slot]);
        }
    }

    /// <summary>The i-th distinct bucket (in first-seen order).</summary>
    public int BucketAt(int i) => _keys[_slotsInOrder[i]];

    /// <summary>The count of a bucket in the current note (0 if absent).</summary>
    public int CountOf(int bucket)
    {
        var mask = _keys.Length - 1;
        var slot = (bucket * -1640531535) & mask;
        while (_stamps[slot] == _generation)
        {
            if (_keys[slot] == bucket)
            {
                return _counts[slot];
            }

            slot = (slot + 1) & mask;
        }

        return 0;
    }

    private void Grow()
    {
        var entries = new (int Bucket, int Count)[Count];
        for (var i = 0; i < Count; i++)
        {
            entries[i] = this[i];
        }

        var capacity = _keys.Length * 2;
        _keys = new int[capacity];
        _counts = new int[capacity];
        _stamps = new int[capacity];
        _indexOfSlot = new int[capacity];
        _slotsInOrder = new int[capacity / 2 + 1];
        _generation = 1;
        Count = 0;
        foreach (var (bucket, count) in entries)
        {
            Add(bucket);
            _counts[_slotsInOrder[Count - 1]] = count;
        }
    }
}

/// <summary>A sink that only counts buckets.</summary>
internal readonly struct CountingSink(FeatureCounts counts) : IFeatureSink
{
    public void Add(int bucket, ulong ngram, string[] words, int start, int length, bool isCharGram) => counts.Add(bucket);
}
