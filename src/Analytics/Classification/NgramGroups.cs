namespace MentorGraph.Analytics.Classification;

/// <summary>
/// Sums of contributions grouped by n-gram key (a 64-bit hash of the n-gram's text), in order of first
/// appearance, in an open-addressing table reused from note to note. One instance per thread.
/// </summary>
internal sealed class NgramGroups
{
    private ulong[] _keys = new ulong[2048];
    private int[] _groupOfSlot = new int[2048];
    private int[] _stamps = new int[2048];
    private float[] _sums = new float[1024];
    private int[] _firstOccurrence = new int[1024];
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

    /// <summary>Adds <paramref name="contribution"/> to the group of <paramref name="key"/> (created at <paramref name="occurrence"/>).</summary>
    public void Add(ulong key, int occurrence, float contribution)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(key >> 40) & mask;
        while (_stamps[slot] == _generation)
        {
            if (_keys[slot] == key)
            {
                var group = _groupOfSlot[slot];
                _sums[group] += contribution;
                return;
            }

            slot = (slot + 1) & mask;
        }

        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
            Add(key, occurrence, contribution);
            return;
        }

        _stamps[slot] = _generation;
        _keys[slot] = key;
        _groupOfSlot[slot] = Count;
        _sums[Count] = 0f + contribution;
        _firstOccurrence[Count] = occurrence;
        Count++;
    }

    public float Sum(int group) => _sums[group];

    public int FirstOccurrence(int group) => _firstOccurrence[group];

    private void Grow()
    {
        var capacity = _keys.Length * 2;
        var oldKeys = _keys;
        var oldStamps = _stamps;
        var oldGroups = _groupOfSlot;
        var generation = _generation;
        _keys = new ulong[capacity];
        _stamps = new int[capacity];
        _groupOfSlot = new int[capacity];
        Array.Resize(ref _sums, capacity / 2);
        Array.Resize(ref _firstOccurrence, capacity / 2);
        _generation = 1;
        var mask = capacity - 1;
        for (var old = 0; old < oldKeys.Length; old++)
        {
            if (oldStamps[old] != generation)
            {
                continue;
            }

            var slot = (int)(oldKeys[old] >> 40) & mask;
            while (_stamps[slot] == _generation)
            {
                slot = (slot + 1) & mask;
            }

            _stamps[slot] = _generation;
            _keys[slot] = oldKeys[old];
            _groupOfSlot[slot] = oldGroups[old];
        }
    }
}
