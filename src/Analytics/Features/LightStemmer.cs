namespace MentorGraph.Analytics.Features;

/// <summary>
/// A deliberately light suffix stripper for word n-grams, so "dashboards", "posting" and "posted"
/// share features with "dashboard" and "post": -ies → -y, -sses → -ss, -s (not -ss, -us, -is),
/// -ing and -ed, each only when enough of the word remains. Character n-grams see the whole word.
/// </summary>
internal static class LightStemmer
{
    /// <summary>The stem of a lower-case word, as a span of it plus an optional replacement ending ('y' for -ies).</summary>
    public static (int Length, char Ending) Stem(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n <= 4 || word[0] == '[')
        {
            return (n, '\0');
        }

        if (word.EndsWith("ies"))
        {
            return (n - 3, 'y');
        }

        if (word.EndsWith("sses"))
        {
            return (n - 2, '\0');
        }

        if (word.EndsWith("ing") && n >= 6)
        {
            return (n - 3, '\0');
        }

        if (word.EndsWith("ed") && n >= 5)
        {
            return (n - 2, '\0');
        }

        if (word[^1] == 's' && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            return (n - 1, '\0');
        }

        return (n, '\0');
    }

    public static string StemToString(string word)
    {
        var (length, ending) = Stem(word);
        return ending == '\0' ? word[..length] : string.Concat(word.AsSpan(0, length), [ending]);
    }
}
