namespace MentorGraph.Analytics.Text;

/// <summary>
/// Hands out one shared string per distinct word, looked up by the characters without allocating,
/// so tokenizing a note allocates only for words this thread has not seen. One pool per thread;
/// it is emptied when it reaches <see cref="Capacity"/> words so it cannot grow without bound.
/// </summary>
internal sealed class WordPool
{
    public const int Capacity = 200_000;

    [ThreadStatic]
    private static WordPool? t_current;

    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordPool()
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordPool Current => t_current ??= new WordPool();

    public string Get(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var existing))
        {
            return existing;
        }

        if (_words.Count >= Capacity)
        {
            _words.Clear();
        }

        var created = word.ToString();
        _words[created] = created;
        return created;
    }
}
