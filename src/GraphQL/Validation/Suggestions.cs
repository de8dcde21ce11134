namespace MentorGraph.GraphQL.Validation;

/// <summary>"Did you mean ...?" hints: names close to a misspelt one, closest first.</summary>
public static class Suggestions
{
    /// <summary>Options within an edit distance of about 40% of the input's length (at least 1), at most five.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = Math.Max(1, (int)Math.Floor(input.Length * 0.4));
        var lowerInput = input.ToLowerInvariant();
        return options
            .Select(option => (option, distance: option.ToLowerInvariant() == lowerInput ? 0.5 : EditDistance(lowerInput, option.ToLowerInvariant())))
            .Where(candidate => candidate.distance <= threshold)
            .OrderBy(candidate => candidate.distance)
            .ThenBy(candidate => candidate.option, StringComparer.Ordinal)
            .Take(5)
            .Select(candidate => candidate.option)
            .ToList();
    }

    /// <summary>" Did you mean "a", "b", or "c"?" — or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? prefix = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
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
}
