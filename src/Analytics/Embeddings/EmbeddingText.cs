using System.Text;

namespace MentorGraph.Analytics.Embeddings;

/// <summary>
/// The text of a note as the sentence encoder reads it: the participants' names replaced by "the senior"
/// and "the junior" (a name says nothing of the topic, and the encoder would read "Grant" or "Will" as
/// words), chunked when the note is longer than the encoder's window.
/// </summary>
public static class EmbeddingText
{
    public const string Senior = "the senior";
    public const string Junior = "the junior";

    /// <summary>
    /// The note's text with each participant's full name, and each part of a name only one of them has
    /// (two letters or more), replaced by their role — where the note capitalizes it, or anywhere in a
    /// note written without capitals. Longer names are matched first; only whole words match.
    /// </summary>
    public static string For(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var names = Names(note.SeniorName, note.JuniorName);
        if (names.Count == 0)
        {
            return note.Text;
        }

        var text = note.Text;
        var comparison = text.Any(char.IsUpper) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var result = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (i == 0 || !IsWordChar(text[i - 1]))
            {
                var matched = false;
                foreach (var (name, role) in names)
                {
                    var end = i + name.Length;
                    if (end <= text.Length && text.AsSpan(i, name.Length).Equals(name, comparison) && (end == text.Length || !IsWordChar(text[end])))
                    {
                        result.Append(role);
                        i = end;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            result.Append(text[i]);
            i++;
        }

        return result.ToString();
    }

    /// <summary>
    /// Splits a text into chunks of at most <paramref name="maxCharacters"/>, at sentence ends where it can
    /// (else at spaces, else anywhere); a text that fits is one chunk.
    /// </summary>
    public static IReadOnlyList<string> Chunks(string text, int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 16);
        if (text.Length <= maxCharacters)
        {
            return [text];
        }

        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (text.Length - start <= maxCharacters)
            {
                if (start < text.Length)
                {
                    chunks.Add(text[start..]);
                }

                break;
            }

            var limit = start + maxCharacters;
            var cut = LastBreak(text, start, limit, sentence: true);
            if (cut < 0)
            {
                cut = LastBreak(text, start, limit, sentence: false);
            }

            if (cut < 0)
            {
                cut = limit;
            }

            chunks.Add(text[start..cut].TrimEnd());
            start = cut;
        }

        return chunks;
    }

    // The position after the last sentence end (or space) in [start + 1, limit], or -1.
    private static int LastBreak(string text, int start, int limit, bool sentence)
    {
        for (var i = limit - 1; i > start; i--)
        {
            var c = text[i];
            if (sentence ? (c is '.' or '!' or '?' or ';' or '\n') && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) : char.IsWhiteSpace(c))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static List<(string Name, string Role)> Names(string? seniorName, string? juniorName)
    {
        var senior = Parts(seniorName);
        var junior = Parts(juniorName);
        var names = new List<(string Name, string Role)>();
        if (!string.IsNullOrWhiteSpace(seniorName) && senior.Length > 1)
        {
            names.Add((seniorName.Trim(), Senior));
        }

        if (!string.IsNullOrWhiteSpace(juniorName) && junior.Length > 1)
        {
            names.Add((juniorName.Trim(), Junior));
        }

        names.AddRange(senior.Where(p => !junior.Contains(p, StringComparer.OrdinalIgnoreCase)).Select(p => (p, Senior)));
        names.AddRange(junior.Where(p => !senior.Contains(p, StringComparer.OrdinalIgnoreCase)).Select(p => (p, Junior)));
        return names.OrderByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
    }

    private static string[] Parts(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? []
            : name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Trim('.', ',', '(', ')', '"'))
                .Where(p => p.Length >= 2 && p.Any(char.IsLetter))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
}
