using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>Who a clause's subject is, among the participants.</summary>
internal enum SubjectRole
{
    /// <summary>Not a participant (a third party, a thing), or not found.</summary>
    None,
    Senior,
    Junior,

    /// <summary>Both participants: "we", "[senior] and [junior]", "both of us".</summary>
    Both,
}

/// <summary>The subject of the verb at one position of a role-normalized sentence, and how the verb is used.</summary>
/// <param name="Negated">A negator stood between subject and verb ("didn't need to explain", "had no idea").</param>
/// <param name="Passive">A passive auxiliary did, and the verb is not an -ing form ("[junior] was shown").</param>
/// <param name="Irrealis">The clause does not say the act happened: a modal or a verb of wanting stood between
/// subject and verb ("[senior] 'll explain", "[junior] wants to show"), "'d" before a present form ("[junior] 'd
/// explain"), the subject is proposed or watched by a verb before it ("suggested [senior] share …", "asked [junior] to
/// explain", "sees [junior] teach"), or the verb is an infinitive of an instruction or plan ("told [junior] … and to
/// brief them"; not "tried to explain", "had to explain").</param>
internal readonly record struct Clause(SubjectRole Subject, bool Negated, bool Passive, bool Irrealis);

/// <summary>
/// Finds the subject of a verb by reading backwards from it over light words (auxiliaries, modals, negators,
/// a few adverbs; <see cref="TeachingLexicon.IsLight"/>), at most <see cref="MaxLightWords"/> of them. What it
/// then meets decides: a role token is the subject ("[senior] then showed"); the author marker at the start
/// of a sentence is the implicit subject of a past-tense verb in a note written without one ("[by-junior]
/// explained BNPL fees …"; "[by-senior] give them a slide" is quoted advice, an imperative) — and when the
/// author is the verb's object ("[by-junior] showed [junior] …"), the other participant is;
/// "we" or "[senior] and [junior]" are both; "and"/"then"/"but"/"so" hand on the subject of the sentence's
/// previous clause ("[senior] showed [junior] X and explained Y"). Anything else — a noun ("[junior] 's manager
/// showed"), a third party — is no participant. A role directly followed by "'s" and the verb is a possessive
/// ("[junior] 's demo"), not a subject; "[senior] and [junior]" after a verb is that verb's object, not a joint subject. No parser: the notes are short, and a wrong subject here is one noisy
/// feature among a hundred n-grams.
/// </summary>
internal static class ClauseSubject
{
    public const int MaxLightWords = 4;

    /// <param name="previous">The subject of the sentence's previous clause, which a coordinated verb inherits.</param>
    /// <param name="pastTense">Whether the verb is a past-tense form; only those take the author marker as their subject.</param>
    public static Clause Find(ReadOnlySpan<string> words, int verb, bool pastTense, SubjectRole previous)
    {
        var negated = false;
        var auxiliary = false;
        var irrealis = false;
        var i = verb - 1;
        for (var skipped = 0; i >= 0 && skipped < MaxLightWords; i--, skipped++)
        {
            var word = words[i];
            if (TeachingLexicon.IsNegator(word))
            {
                negated = true;
            }
            else if (!TeachingLexicon.IsLight(word))
            {
                break;
            }

            auxiliary |= TeachingLexicon.IsPassiveAuxiliary(word);
            irrealis |= TeachingLexicon.IsIrrealis(word) || (word == "'d" && !pastTense);
        }

        if (i < 0)
        {
            return default;
        }

        var passive = auxiliary && !words[verb].EndsWith("ing", StringComparison.Ordinal);
        var subject = SubjectAt(words, i, verb, pastTense, previous);
        irrealis |= i > 0 && (TeachingLexicon.IsProposing(words[i - 1]) || TeachingLexicon.IsPerceiving(words[i - 1]));
        irrealis |= verb >= 2 && words[verb - 1] == "to" && !TeachingLexicon.IsRealisBeforeTo(words[verb - 2]);
        return subject == SubjectRole.None ? default : new Clause(subject, negated, passive, irrealis);
    }

    private static SubjectRole SubjectAt(ReadOnlySpan<string> words, int at, int verb, bool pastTense, SubjectRole previous)
    {
        var word = words[at];
        switch (word)
        {
            case RoleTokens.Senior or RoleTokens.Junior:
                if (at + 2 == verb && words[at + 1] == "'s")
                {
                    return SubjectRole.None;
                }

                // "[junior] and [senior] swapped …", but not "[junior] told [senior] and [junior] …" (an object before "and").
                if (at >= 2 && words[at - 1] == "and" && words[at - 2] == RoleTokens.Swap(word) && (at == 2 || !TeachingLexicon.IsVerbForm(words[at - 3])))
                {
                    return SubjectRole.Both;
                }

                return word == RoleTokens.Senior ? SubjectRole.Senior : SubjectRole.Junior;
            case RoleTokens.BySenior or RoleTokens.ByJunior:
                return at == 0 && pastTense ? ImplicitSubject(words, verb, word == RoleTokens.BySenior) : SubjectRole.None;
            case "we":
                return SubjectRole.Both;
            case "us":
                return at >= 1 && words[at - 1] == "of" ? SubjectRole.Both : SubjectRole.None;
            default:
                return TeachingLexicon.IsCoordinator(word) ? previous : SubjectRole.None;
        }
    }

    /// <summary>The subject of a sentence that starts with its verb: the author ("Explained BNPL fees to Cecilia"),
    /// unless the author is the verb's object ("Showed me a 2012 slide", the other participant's subject left out).</summary>
    private static SubjectRole ImplicitSubject(ReadOnlySpan<string> words, int verb, bool bySenior)
    {
        var author = bySenior ? RoleTokens.Senior : RoleTokens.Junior;
        var authorIsObject = verb + 1 < words.Length && words[verb + 1] == author;
        return bySenior != authorIsObject ? SubjectRole.Senior : SubjectRole.Junior;
    }
}
