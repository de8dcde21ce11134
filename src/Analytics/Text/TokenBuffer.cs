namespace MentorGraph.Analytics.Text;

/// <summary>
/// The tokens of one text: every sentence's tokens one after the other in a flat array, and where each
/// sentence ends. Meant to be reused text after text (one per thread), so that tokenizing allocates
/// nothing once the arrays have grown to the longest text seen.
/// </summary>
internal sealed class TokenBuffer
{
    private WordToken[] _tokens = new WordToken[64];
    private int[] _sentenceEnds = new int[8];

    /// <summary>Tokens of all closed sentences and of the sentence being filled.</summary>
    public int Count { get; private set; }

    /// <summary>Closed sentences; each has at least one token.</summary>
    public int SentenceCount { get; private set; }

    /// <summary>Every token, across sentence boundaries.</summary>
    public ReadOnlySpan<WordToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The tokens of the closed sentence at <paramref name="index"/>.</summary>
    public ReadOnlySpan<WordToken> Sentence(int index)
    {
        if ((uint)index >= (uint)SentenceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {SentenceCount} sentences.");
        }

        var start = index == 0 ? 0 : _sentenceEnds[index - 1];
        return _tokens.AsSpan(start, _sentenceEnds[index] - start);
    }

    public void Clear()
    {
        Count = 0;
        SentenceCount = 0;
    }

    public void Add(WordToken token)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[Count++] = token;
    }

    /// <summary>Closes the sentence being filled; does nothing when it has no tokens yet.</summary>
    public void EndSentence()
    {
        var start = SentenceCount == 0 ? 0 : _sentenceEnds[SentenceCount - 1];
        if (Count == start)
        {
            return;
        }

        if (SentenceCount == _sentenceEnds.Length)
        {
            Array.Resize(ref _sentenceEnds, _sentenceEnds.Length * 2);
        }

        _sentenceEnds[SentenceCount++] = Count;
    }
}
