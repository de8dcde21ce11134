namespace MentorGraph.Analytics.Text;

/// <summary>
/// Folds a character to the lower-case form the tokenizer compares: Latin letters lose their
/// diacritics ("Domínguez" and "Dominguez" match), typographic apostrophes become <c>'</c>.
/// Written as a table because the app runs with invariant globalization, where string.Normalize
/// does not decompose.
/// </summary>
internal static class CharFolding
{
    // U+00C0..U+00FF, one folded char each; '\0' = not a letter to fold (× and ÷).
    private const string Latin1 =
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyts" +
        "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

    // U+0100..U+017F, one folded char each.
    private const string LatinExtendedA =
        "aaaaaacccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "ii" + "jj" + "kkk" +
        "llllllllll" + "nnnnnnnnn" + "oooooooo" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww" +
        "yyy" + "zzzzzz" + "s";

    /// <summary>The folded lower-case letter, or the char lower-cased when no folding applies.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u00C0' and <= '\u00FF')
        {
            var folded = Latin1[c - 0xC0];
            return folded == '\0' ? c : folded;
        }

        if (c is >= '\u0100' and <= '\u017F')
        {
            return LatinExtendedA[c - 0x100];
        }

        return c switch
        {
            '\u0218' or '\u0219' => 's',
            '\u021A' or '\u021B' => 't',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>True for the apostrophe and its typographic look-alikes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u0060' or '\u00B4';
}
