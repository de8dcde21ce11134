namespace MentorGraph.Analytics.Text;

/// <summary>
/// Hands out one shared string per distinct word, looked up by the characters without allocating,
/// so tokenizing a note allocates only for words this thread has not seen. One pool per thread;
/// it is emptied when it reaches <see cref="Capacity"/> words so it cannot grow without bound.
/// <para>
/// An open-addressing table (a power-of-two number of slots, at most half full, linear probing) with
/// a hash seeded at random per pool. Pooling only saves allocations, so a word whose probe run is
/// longer than <see cref="MaxProbes"/> (which crafted input could force) is returned as a new string
/// instead of being pooled: lookups stay cheap whatever the text.
/// </para>
/// </summary>
internal sealed class WordPool
{
    public const int Capacity = 200_000;
    public const int MaxProbes = 16;
    private const int InitialSlots = 4096;

    [ThreadStatic]
    private static WordPool? t_current;

    private readonly uint _seed = (uint)Random.Shared.Next();
    private string?[] _words = new string?[InitialSlots];
    private uint[] _hashes = new uint[InitialSlots];
    private int _count;

    public static WordPool Current => t_current ??= new WordPool();

    /// <summary>Words pooled now.</summary>
    public int Count => _count;

    public string Get(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _words.Length - 1;
        var slot = (int)hash & mask;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            var existing = _words[slot];
            if (existing is null)
            {
                return Add(word, hash);
            }

            if (_hashes[slot] == hash && word.SequenceEqual(existing))
            {
                return existing;
            }

            slot = (slot + 1) & mask;
        }

        return word.ToString();
    }

    private string Add(ReadOnlySpan<char> word, uint hash)
    {
        if (_count >= Capacity)
        {
            Array.Clear(_words);
            _count = 0;
        }
        else if (_count >= _words.Length / 2)
        {
            Grow();
        }

        var created = word.ToString();
        Insert(created, hash);
        return created;
    }

    /// <summary>Puts a word not yet in the table into the first free slot of its probe run (if any).</summary>
    private void Insert(string word, uint hash)
    {
        var mask = _words.Length - 1;
        var slot = (int)hash & mask;
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            if (_words[slot] is null)
            {
                _words[slot] = word;
                _hashes[slot] = hash;
                _count++;
                return;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var words = _words;
        var hashes = _hashes;
        _words = new string?[words.Length * 2];
        _hashes = new uint[words.Length * 2];
        _count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is { } word)
            {
                Insert(word, hashes[i]);
            }
        }
    }

    /// <summary>FNV-1a over the chars, started from the pool's seed, with the high bits folded into
    /// the low ones the table indexes by.</summary>
    private uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u ^ _seed;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
