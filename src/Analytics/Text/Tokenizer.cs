namespace MentorGraph.Analytics.Text;

/// <summary>
/// Splits text into sentences of lower-case word tokens.
/// <list type="bullet">
/// <item>A word is a run of letters and digits; an apostrophe between letters stays inside it
/// ("didn't", "o'brien"), except the clitics 's 'd 'm 've 'll 're, which become their own token
/// ("maya's" → "maya" "'s", "i'd" → "i" "'d") so names and pronouns are found before them.</item>
/// <item>Hyphens, slashes and other punctuation separate words. The symbols % $ € £ &amp; # @ + are
/// kept as one-character tokens.</item>
/// <item>Sentences end at . ! ? ; and line breaks — but not at a decimal point ("3.5"), a dot
/// inside a word ("node.js") or after a title or common abbreviation ("Mr.", "e.g.").</item>
/// </list>
/// Stop words are kept: "from", "to", "showed" carry the direction of learning.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Clitics = new(["'s", "'d", "'m", "'ve", "'ll", "'re"], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CliticLookup = Clitics.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> NonTerminalAbbreviations = new(
        ["mr", "mrs", "ms", "dr", "prof", "vs", "eg", "ie", "approx", "inc", "ltd", "jr", "sr"], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static char[]? t_word;

    /// <summary>The sentences of <paramref name="text"/>, each a new list (for callers outside the hot path).</summary>
    public static List<List<WordToken>> Tokenize(string text)
    {
        var tokens = new TokenBuffer();
        Tokenize(text, tokens);
        var sentences = new List<List<WordToken>>(tokens.SentenceCount);
        for (var s = 0; s < tokens.SentenceCount; s++)
        {
            sentences.Add([.. tokens.Sentence(s)]);
        }

        return sentences;
    }

    /// <summary>Replaces the content of <paramref name="tokens"/> with the sentences of <paramref name="text"/>.</summary>
    internal static void Tokenize(string text, TokenBuffer tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        tokens.Clear();
        var pool = WordPool.Current;
        var word = t_word ??= new char[256];
        var length = 0;
        var capitalized = false;
        var apostrophe = -1; // where the current word's last apostrophe is, -1 for none

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool upper;
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                upper = false;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
                c = (char)(c + ('a' - 'A'));
            }
            else if (c >= '\u0080' && char.IsLetterOrDigit(c))
            {
                upper = char.IsUpper(c);
                c = CharFolding.Fold(c);
            }
            else if (CharFolding.IsApostrophe(c) && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                upper = false;
                apostrophe = length;
                c = '\'';
            }
            else
            {
                var isPeriod = c == '.';
                if (isPeriod && IsNonTerminalPeriod(text, i, word.AsSpan(0, length)))
                {
                    AddWord(tokens, word.AsSpan(0, length), apostrophe, capitalized, pool);
                    length = 0;
                    apostrophe = -1;
                    continue;
                }

                AddWord(tokens, word.AsSpan(0, length), apostrophe, capitalized, pool);
                length = 0;
                apostrophe = -1;
                if (isPeriod || c is '!' or '?' or ';' or '\n' or '\r')
                {
                    tokens.EndSentence();
                }
                else if (c is '%' or '$' or '€' or '£' or '&' or '#' or '@' or '+')
                {
                    tokens.Add(new WordToken(pool.Get([c]), false));
                }

                continue;
            }

            if (length == 0)
            {
                capitalized = upper;
            }
            else if (length == word.Length)
            {
                Array.Resize(ref word, word.Length * 2);
                t_word = word;
            }

            word[length++] = c;
        }

        AddWord(tokens, word.AsSpan(0, length), apostrophe, capitalized, pool);
        tokens.EndSentence();
    }

    private static bool IsNonTerminalPeriod(string text, int index, ReadOnlySpan<char> word)
    {
        if (index + 1 < text.Length)
        {
            var next = text[index + 1];
            if (char.IsDigit(next) && word.Length > 0 && char.IsDigit(word[^1]))
            {
                return true; // 3.5, 1.2m
            }

            if (char.IsLetter(next))
            {
                return true; // "e.g", "node.js", "amazon.com"
            }
        }

        return word.Length is > 0 and <= 6 && AbbreviationLookup.Contains(word);
    }

    /// <summary>Adds the word (nothing if empty), split before a clitic at <paramref name="apostrophe"/>.</summary>
    private static void AddWord(TokenBuffer tokens, ReadOnlySpan<char> word, int apostrophe, bool capitalized, WordPool pool)
    {
        if (word.IsEmpty)
        {
            return;
        }

        if (apostrophe > 0 && CliticLookup.Contains(word[apostrophe..]))
        {
            tokens.Add(new WordToken(pool.Get(word[..apostrophe]), capitalized));
            tokens.Add(new WordToken(pool.Get(word[apostrophe..]), false));
            return;
        }

        tokens.Add(new WordToken(pool.Get(word), capitalized));
    }
}
