namespace MentorGraph.Analytics.Classification;

/// <summary>
/// Numbers the distinct n-gram keys of one note (a key is a 64-bit hash of the n-gram's text) in order
/// of first appearance and remembers where each first occurred (sentence, first word, word count), in
/// an open-addressing table reused from note to note. A probe reads one 16-byte slot. One instance per
/// thread.
/// </summary>
internal sealed class NgramGroups
{
    private Slot[] _slots = new Slot[2048];
    private (int Sentence, int Start, int Length)[] _places = new (int, int, int)[1024];
    private int _generation = 1;

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
        _generation++;
        if (_generation == int.MaxValue)
        {
            Array.Clear(_slots);
            _generation = 1;
        }
    }

    /// <summary>The group of <paramref name="key"/>, created (first seen at the given place) if new.</summary>
    public int GroupOf(ulong key, int sentence, int start, int length)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(key >> 40) & mask;
        while (_slots[slot].Generation == _generation)
        {
            if (_slots[slot].Key == key)
            {
                return _slots[slot].Group;
            }

            slot = (slot + 1) & mask;
        }

        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
            return GroupOf(key, sentence, start, length);
        }

        _slots[slot] = new Slot(key, _generation, Count);
        _places[Count] = (sentence, start, length);
        return Count++;
    }

    /// <summary>Where the group's n-gram first occurred: its sentence, first word and number of words.</summary>
    public (int Sentence, int Start, int Length) Place(int group) => _places[group];

    private void Grow()
    {
        var old = _slots;
        var generation = _generation;
        _slots = new Slot[old.Length * 2];
        Array.Resize(ref _places, _slots.Length / 2);
        _generation = 1;
        var mask = _slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Generation != generation)
            {
                continue;
            }

            var slot = (int)(entry.Key >> 40) & mask;
            while (_slots[slot].Generation == _generation)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = entry with { Generation = _generation };
        }
    }

    private readonly record struct Slot(ulong Key, int Generation, int Group);
}
