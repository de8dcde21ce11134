using System.Text;

namespace MentorGraph.Analytics.Text;

/// <summary>
/// Splits text into sentences of lower-case word tokens.
/// <list type="bullet">
/// <item>A word is a run of letters and digits; an apostrophe between letters stays inside it
/// ("didn't", "o'brien"), except the clitics 's 'd 'm 've 'll 're, which become their own token
/// ("maya's" → "maya" "'s", "i'd" → "i" "'d") so names and pronouns are found before them.</item>
/// <item>Hyphens, slashes and other punctuation separate words. The symbols % $ € £ &amp; # @ + are
/// kept as one-character tokens.</item>
/// <item>Sentences end at . ! ? ; and line breaks — but not at a decimal point ("3.5") or after a
/// title or common abbreviation ("Mr.", "e.g.").</item>
/// </list>
/// Stop words are kept: "from", "to", "showed" carry the direction of learning.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Clitics = ["s", "d", "m", "ve", "ll", "re"];

    private static readonly HashSet<string> NonTerminalAbbreviations =
    [
        "mr", "mrs", "ms", "dr", "prof", "vs", "eg", "ie", "approx", "inc", "ltd", "jr", "sr",
    ];

    public static List<List<WordToken>> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<List<WordToken>>();
        var current = new List<WordToken>();
        var word = new StringBuilder(32);
        var capitalized = false;

        void FlushWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            AddWord(current, word.ToString(), capitalized);
            word.Clear();
        }

        void EndSentence()
        {
            FlushWord();
            if (current.Count > 0)
            {
                sentences.Add(current);
                current = [];
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length == 0)
                {
                    capitalized = char.IsUpper(c);
                }

                word.Append(CharFolding.Fold(c));
                continue;
            }

            if (CharFolding.IsApostrophe(c) && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                word.Append('\'');
                continue;
            }

            if (c == '.' && IsNonTerminalPeriod(text, i, word))
            {
                FlushWord();
                continue;
            }

            if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                EndSentence();
                continue;
            }

            FlushWord();
            if (c is '%' or '$' or '€' or '£' or '&' or '#' or '@' or '+')
            {
                current.Add(new WordToken(c.ToString(), false));
            }
        }

        EndSentence();
        return sentences;
    }

    private static bool IsNonTerminalPeriod(string text, int index, StringBuilder word)
    {
        var nextIsDigit = index + 1 < text.Length && char.IsDigit(text[index + 1]);
        if (nextIsDigit && word.Length > 0 && char.IsDigit(word[^1]))
        {
            return true; // 3.5, 1.2m
        }

        var nextIsLetter = index + 1 < text.Length && char.IsLetter(text[index + 1]);
        if (nextIsLetter)
        {
            return true; // e.g. "e.g", "node.js", "amazon.com"
        }

        return word.Length > 0 && word.Length <= 6 && NonTerminalAbbreviations.Contains(word.ToString());
    }

    private static void AddWord(List<WordToken> sentence, string word, bool capitalized)
    {
        var apostrophe = word.LastIndexOf('\'');
        if (apostrophe > 0 && Clitics.Contains(word[(apostrophe + 1)..]))
        {
            sentence.Add(new WordToken(word[..apostrophe], capitalized));
            sentence.Add(new WordToken(word[apostrophe..], false));
            return;
        }

        sentence.Add(new WordToken(word, capitalized));
    }
}
