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

    public static NoteTokens Normalize(Note note, RoleNormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(options);
        var sentences = Tokenizer.Tokenize(note.Text);
        var names = new ParticipantNames(note.SeniorName, note.JuniorName);
        var caseInsensitive = IsWrittenWithoutCapitals(sentences);
        var author = RoleTokens.For(note.AuthorRole);
        var other = RoleTokens.For(note.AuthorRole.Other());
        var marker = RoleTokens.AuthorMarkerFor(note.AuthorRole);

        var result = new List<string[]>(sentences.Count);
        var output = new List<string>(64);
        for (var s = 0; s < sentences.Count; s++)
        {
            output.Clear();
            if (options.AuthorMarker == AuthorMarkerPlacement.SentenceStart ||
                (options.AuthorMarker == AuthorMarkerPlacement.NoteStart && s == 0))
            {
                output.Add(marker);
            }

            var sentence = sentences[s];
            var previousWasName = false;
            for (var i = 0; i < sentence.Count;)
            {
                var (role, length) = names.Match(sentence, i, caseInsensitive);
                if (role is { } matched)
                {
                    var token = RoleTokens.For(matched);
                    if (!(previousWasName && output[^1] == token))
                    {
                        output.Add(token);
                    }

                    previousWasName = true;
                    i += length;
                    continue;
                }

                previousWasName = false;
                AddWord(output, sentence[i].Text, author, other, options);
                i++;
            }

            result.Add(output.ToArray());
        }

        return new NoteTokens(result);
    }

    private static void AddWord(List<string> output, string word, string author, string other, RoleNormalizationOptions options)
    {
        switch (word)
        {
            case "i" or "me" or "myself":
                output.Add(author);
                return;
            case "my" or "mine":
                output.Add(author);
                output.Add(Possessive);
                return;
        }

        if (options.MapThirdPersonPronouns)
        {
            switch (word)
            {
                case "he" or "him" or "himself" or "she" or "her" or "herself":
                    output.Add(other);
                    return;
                case "his" or "hers":
                    output.Add(other);
                    output.Add(Possessive);
                    return;
            }
        }

        if (options.MapTheyPronouns)
        {
            switch (word)
            {
                case "they" or "them" or "themselves" or "themself":
                    output.Add(other);
                    return;
                case "their" or "theirs":
                    output.Add(other);
                    output.Add(Possessive);
                    return;
            }
        }

        output.Add(word);
    }

    private static bool IsWrittenWithoutCapitals(List<List<WordToken>> sentences)
    {
        var anyCapital = false;
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                if (token.Text == "i" && !token.Capitalized)
                {
                    return true;
                }

                anyCapital |= token.Capitalized;
            }
        }

        return !anyCapital;
    }
}
