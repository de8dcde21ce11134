namespace MentorGraph.Analytics.Classification;

/// <summary>
/// Numbers the distinct n-gram keys of one note (a key is a 64-bit hash of the n-gram's text) in order
/// of first appearance and remembers where each first occurred (sentence, first word, word count), in
/// an open-addressing table reused from note to note. One instance per thread.
/// </summary>
internal sealed class NgramGroups
{
    private ulong[] _keys = new ulong[2048];
    private int[] _groupOfSlot = new int[2048];
    private int[] _stamps = new int[2048];
    private (int Sentence, int Start, int Length)[] _places = new (int, int, int)[1024];
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

    /// <summary>The group of <paramref name="key"/>, created (first seen at the given place) if new.</summary>
    public int GroupOf(ulong key, int sentence, int start, int length)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(key >> 40) & mask;
        while (_stamps[slot] == _generation)
        {
            if (_keys[slot] == key)
            {
                return _groupOfSlot[slot];
            }

            slot = (slot + 1) & mask;
        }

        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
            return GroupOf(key, sentence, start, length);
        }

        _stamps[slot] = _generation;
        _keys[slot] = key;
        _groupOfSlot[slot] = Count;
        _places[Count] = (sentence, start, length);
        return Count++;
    }

    /// <summary>Where the group's n-gram first occurred: its sentence, first word and number of words.</summary>
    public (int Sentence, int Start, int Length) Place(int group) => _places[group];

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
        Array.Resize(ref _places, capacity / 2);
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
