using System.Text;

namespace MentorGraph.Api.Seed.Notes;

/// <summary>
/// The author's hand on a composed note: informal writers drop capitals and full stops and write "&amp;" and
/// "w/"; terse ones clip; anyone makes the odd typo. Real notes are not proofread, and a classifier trained or
/// tested on them should not rely on clean text.
/// </summary>
public static class NoteStyle
{
    public static string Apply(SeedRandom random, string text, WritingStyle style)
    {
        if (style == WritingStyle.Informal)
        {
            text = Informal(random, text);
        }
        else if (style == WritingStyle.Terse && random.Chance(0.3))
        {
            text = text.TrimEnd('.');
        }

        if (random.Chance(style == WritingStyle.Informal ? 0.1 : 0.035))
        {
            text = Typo(random, text);
        }

        return text;
    }

    private static string Informal(SeedRandom random, string text)
    {
        if (random.Chance(0.35))
        {
            text = text.Replace(" and ", " & ", StringComparison.Ordinal);
        }

        if (random.Chance(0.4))
        {
            text = text.Replace(" with ", " w/ ", StringComparison.Ordinal);
        }

        if (random.Chance(0.25))
        {
            text = text.Replace(". ", " - ", StringComparison.Ordinal);
        }

        if (random.Chance(0.2))
        {
            text = random.Pick(["tbh ", "ok so ", "quick one: ", "notes - "]) + text;
        }

        if (random.Chance(0.5))
        {
            text = text.TrimEnd('.');
        }

        return random.Chance(0.55) ? text.ToLowerInvariant() : text;
    }

    /// <summary>One slip in one longer word: two letters swapped, one dropped, or one doubled.</summary>
    private static string Typo(SeedRandom random, string text)
    {
        var words = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start >= 5)
            {
                words.Add((start, i - start));
            }

            i = Math.Max(i, start + 1);
        }

        if (words.Count == 0)
        {
            return text;
        }

        var (at, length) = random.Pick(words);
        var position = at + random.Int(1, length - 2);
        var result = new StringBuilder(text);
        switch (random.Int(0, 2))
        {
            case 0:
                (result[position], result[position + 1]) = (result[position + 1], result[position]);
                break;
            case 1:
                result.Remove(position, 1);
                break;
            default:
                result.Insert(position, result[position]);
                break;
        }

        return result.ToString();
    }
}
