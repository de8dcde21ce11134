namespace MentorGraph.GraphQL.Validation;

/// <summary>"Did you mean ...?" hints: names close to a misspelt one, closest first.</summary>
public static class Suggestions
{
    /// <summary>
    /// Options within an edit distance of 40% of the input's length plus one, at most five, closest first and
    /// equally close ones in natural order (digit runs compared as numbers) — graphql-js's suggestionList.
    /// A change of letter case alone counts as one edit.
    /// </summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        return options
            .Select(option => (option, distance: Distance(input, lowerInput, option)))
            .Where(candidate => candidate.distance <= threshold)
            .OrderBy(candidate => candidate.distance)
            .ThenBy(candidate => candidate.option, NaturalComparer.Instance)
            .Take(MaxSuggestions)
            .Select(candidate => candidate.option)
            .ToList();
    }

    private const int MaxSuggestions = 5;

    private static int Distance(string input, string lowerInput, string option)
    {
        if (input == option)
        {
            return 0;
        }

        var lowerOption = option.ToLowerInvariant();
        return lowerOption == lowerInput ? 1 : EditDistance(lowerInput, lowerOption);
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (at most five) — or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? prefix = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Take(MaxSuggestions).Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return prefix is null ? $" Did you mean {list}?" : $" Did you mean {prefix} {list}?";
    }

    /// <summary>Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count once).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Orders strings as graphql-js's naturalCompare does: runs of digits by their numeric value, other characters by code.</summary>
    private sealed class NaturalComparer : IComparer<string>
    {
        public static readonly NaturalComparer Instance = new();

        public int Compare(string? a, string? b)
        {
            a ??= string.Empty;
            b ??= string.Empty;
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
                {
                    var startA = i;
                    var startB = j;
                    while (i < a.Length && char.IsAsciiDigit(a[i]))
                    {
                        i++;
                    }

                    while (j < b.Length && char.IsAsciiDigit(b[j]))
                    {
                        j++;
                    }

                    var numberA = a.AsSpan(startA, i - startA).TrimStart('0');
                    var numberB = b.AsSpan(startB, j - startB).TrimStart('0');
                    var byValue = numberA.Length != numberB.Length
                        ? numberA.Length.CompareTo(numberB.Length)
                        : numberA.SequenceCompareTo(numberB);
                    if (byValue != 0)
                    {
                        return byValue;
                    }
                }
                else
                {
                    if (a[i] != b[j])
                    {
                        return a[i].CompareTo(b[j]);
                    }

                    i++;
                    j++;
                }
            }

            return (a.Length - i).CompareTo(b.Length - j);
        }
    }
}
