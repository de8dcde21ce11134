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
    private static char[]? t_buffer;

    public static List<List<WordToken>> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pool = WordPool.Current;
        var buffer = t_buffer ??= new char[256];
        var sentences = new List<List<WordToken>>();
        var current = new List<WordToken>(32);
        var length = 0;
        var capitalized = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (length == 0)
                {
                    capitalized = char.IsUpper(c);
                }

                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    t_buffer = buffer;
                }

                buffer[length++] = CharFolding.Fold(c);
                continue;
            }

            if (CharFolding.IsApostrophe(c) && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                    t_buffer = buffer;
                }

                buffer[length++] = '\'';
                continue;
            }

            var word = buffer.AsSpan(0, length);
            if (c == '.' && IsNonTerminalPeriod(text, i, word))
            {
                AddWord(current, word, capitalized, pool);
                length = 0;
                continue;
            }

            AddWord(current, word, capitalized, pool);
            length = 0;
            if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = new List<WordToken>(32);
                }

                continue;
            }

            if (c is '%' or '$' or '€' or '£' or '&' or '#' or '@' or '+')
            {
                current.Add(new WordToken(pool.Get([c]), false));
            }
        }

        AddWord(current, buffer.AsSpan(0, length), capitalized, pool);
        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
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

    private static void AddWord(List<WordToken> sentence, ReadOnlySpan<char> word, bool capitalized, WordPool pool)
    {
        if (word.IsEmpty)
        {
            return;
        }

        var apostrophe = word.LastIndexOf('\'');
        if (apostrophe > 0 && CliticLookup.Contains(word[apostrophe..]))
        {
            sentence.Add(new WordToken(pool.Get(word[..apostrophe]), capitalized));
            sentence.Add(new WordToken(pool.Get(word[apostrophe..]), false));
            return;
        }

        sentence.Add(new WordToken(pool.Get(word), capitalized));
    }
}
