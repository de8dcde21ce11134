namespace MentorGraph.Analytics.Text;

/// <summary>
/// Replaces the participants in a note by role tokens, so that "Maya showed me reels" written by a
/// senior and "I showed Tom reels" written by a junior both read "[junior] showed [senior] reels".
/// <list type="bullet">
/// <item>The author's I/me/myself become the author's role; my/mine become the role followed by 's.</item>
/// <item>Each participant's full name, first name(s) and last name become their role. A name part both
/// participants share is only matched as part of a full name. A name part is matched only where the
/// note capitalizes it ("Will", "Mark" must not catch "will", "mark"), unless the note is written
/// without capitals (no upper-case letter, or a lower-case "i").</item>
/// <item>Optionally he/him/she/her (and they/them) become the other participant's role; his/hers (their)
/// become the role followed by 's.</item>
/// <item>Optionally a marker of the author's role is put at the start of the note or of every sentence.</item>
/// </list>
/// </summary>
public static class RoleNormalizer
{
    private const string Possessive = "'s";

    [ThreadStatic]
    private static TokenBuffer? t_tokens;

    [ThreadStatic]
    private static string[]? t_output;

    public static NoteTokens Normalize(Note note, RoleNormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(options);
        var names = ParticipantNames.For(note.SeniorName, note.JuniorName);
        var tokens = t_tokens ??= new TokenBuffer();
        Tokenizer.Tokenize(note.Text, tokens);
        var caseInsensitive = IsWrittenWithoutCapitals(tokens.Tokens);
        var author = RoleTokens.For(note.AuthorRole);
        var other = RoleTokens.For(note.AuthorRole.Other());
        var marker = RoleTokens.AuthorMarkerFor(note.AuthorRole);

        var result = new string[tokens.SentenceCount][];
        for (var s = 0; s < result.Length; s++)
        {
            var sentence = tokens.Sentence(s);

            // At most a marker and two output words (role and 's) per token.
            var output = t_output;
            if (output is null || output.Length < 1 + (2 * sentence.Length))
            {
                output = t_output = new string[Math.Max(64, 2 + (2 * sentence.Length))];
            }

            var count = 0;
            if (options.AuthorMarker == AuthorMarkerPlacement.SentenceStart ||
                (options.AuthorMarker == AuthorMarkerPlacement.NoteStart && s == 0))
            {
                output[count++] = marker;
            }

            var previousWasName = false;
            for (var i = 0; i < sentence.Length;)
            {
                // Match skips words that are not capitalized; checked here first, as most words are not.
                var mayBeName = caseInsensitive || sentence[i].Capitalized;
                if (mayBeName && names.Match(sentence, i, caseInsensitive) is ({ } matched, var length))
                {
                    var token = RoleTokens.For(matched);
                    if (!(previousWasName && output[count - 1] == token))
                    {
                        output[count++] = token;
                    }

                    previousWasName = true;
                    i += length;
                    continue;
                }

                previousWasName = false;
                AddWord(output, ref count, sentence[i].Text, author, other, options);
                i++;
            }

            result[s] = output.AsSpan(0, count).ToArray();
        }

        return new NoteTokens(result);
    }

    private static void AddWord(string[] output, ref int count, string word, string author, string other, RoleNormalizationOptions options)
    {
        var pronoun = PronounOf(word);
        var role = pronoun switch
        {
            Pronoun.Author or Pronoun.AuthorPossessive => author,
            Pronoun.ThirdPerson or Pronoun.ThirdPersonPossessive when options.MapThirdPersonPronouns => other,
            Pronoun.They or Pronoun.TheyPossessive when options.MapTheyPronouns => other,
            _ => null,
        };
        if (role is null)
        {
            output[count++] = word;
            return;
        }

        output[count++] = role;
        if (pronoun is Pronoun.AuthorPossessive or Pronoun.ThirdPersonPossessive or Pronoun.TheyPossessive)
        {
            output[count++] = Possessive;
        }
    }

    /// <summary>Which participant pronoun the word is, if any. Dispatched on the first letter first:
    /// most words start with another letter and need no string comparison at all.</summary>
    private static Pronoun PronounOf(string word)
    {
        if (word.Length is 0 or > 10)
        {
            return Pronoun.None;
        }

        return word[0] switch
        {
            'i' => word == "i" ? Pronoun.Author : Pronoun.None,
            'm' => word switch
            {
                "me" or "myself" => Pronoun.Author,
                "my" or "mine" => Pronoun.AuthorPossessive,
                _ => Pronoun.None,
            },
            'h' => word switch
            {
                "he" or "him" or "himself" or "her" or "herself" => Pronoun.ThirdPerson,
                "his" or "hers" => Pronoun.ThirdPersonPossessive,
                _ => Pronoun.None,
            },
            's' => word == "she" ? Pronoun.ThirdPerson : Pronoun.None,
            't' => word switch
            {
                "they" or "them" or "themselves" or "themself" => Pronoun.They,
                "their" or "theirs" => Pronoun.TheyPossessive,
                _ => Pronoun.None,
            },
            _ => Pronoun.None,
        };
    }

    private static bool IsWrittenWithoutCapitals(ReadOnlySpan<WordToken> tokens)
    {
        var anyCapital = false;
        foreach (var token in tokens)
        {
            if (token.Text == "i" && !token.Capitalized)
            {
                return true;
            }

            anyCapital |= token.Capitalized;
        }

        return !anyCapital;
    }

    private enum Pronoun
    {
        None,
        Author,
        AuthorPossessive,
        ThirdPerson,
        ThirdPersonPossessive,
        They,
        TheyPossessive,
    }
}
