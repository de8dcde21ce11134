using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// Who taught whom, clause by clause: for every verb of <see cref="TeachingLexicon"/> whose subject is a
/// participant (<see cref="ClauseSubject"/>), the teacher is the subject of a teaching verb ("[junior] showed …",
/// "[by-senior] explained …"), the other participant when the subject learned ("[senior] picked up …"), was
/// taught ("[junior] was shown …") or did not know ("[senior] had no idea …") — unless that subject also
/// teaches in the same sentence, where the learning is the teacher's own background ("I told him what I learned
/// leading two system changes"). A negated or irrealis clause ("didn't need to explain", "suggested he share")
/// teaches nobody. A participant's possessive before a noun of a share of what was passed on ("my half: …", "his
/// side was …", "[senior] 's point") makes that participant a teacher too. The note then gets:
/// <list type="bullet">
/// <item>one <c>[senior teaches]</c> / <c>[junior teaches]</c> per such clause (the role–action pairs);</item>
/// <item>one of <c>[teaching: senior only]</c>, <c>[teaching: junior only]</c>, <c>[teaching: both]</c> — the
/// conjunction a linear model over n-grams cannot form: an exchange is a note where each participant is the
/// teacher of some clause, however short the second lesson is;</item>
/// <item><c>[teaching each other]</c> when "we" or both participants together teach or learn;</item>
/// <item><c>[same act by both]</c> when one verb has each participant as its subject somewhere in the note
/// ("she noticed …; I noticed …", "he told me …, I told him …");</item>
/// </list>
/// Only role tokens, never names, so the features carry over between notes, and a role-swapped copy gets the
/// swapped features.
/// </summary>
internal static class TeachingClauses
{
    /// <summary>What the clauses of a note say: how many teach per role, whether together, and the same act by both.</summary>
    public readonly record struct Summary(int SeniorTeaches, int JuniorTeaches, int Together, bool SameActByBoth);

    public static Summary Read(NoteTokens note)
    {
        var lemmas = TeachingLexicon.LemmaCount;
        Span<bool> actedBy = stackalloc bool[2 * lemmas]; // [0, lemmas): by the senior; [lemmas, 2·lemmas): by the junior
        var senior = 0;
        var junior = 0;
        var together = 0;
        var sameAct = false;

        // Per sentence, by subject (0 senior, 1 junior): clauses it taught in, and clauses in which it learned.
        Span<int> taught = stackalloc int[2];
        Span<int> learned = stackalloc int[2];
        foreach (var sentence in note.Sentences)
        {
            taught.Clear();
            learned.Clear();
            var previous = SubjectRole.None;
            for (var v = 0; v < sentence.Length; v++)
            {
                if (IsContributionOf(sentence, v) is var contributor and >= 0)
                {
                    taught[contributor]++;
                    continue;
                }

                if (!TeachingLexicon.TryVerb(sentence, v, out var verb))
                {
                    continue;
                }

                var clause = ClauseSubject.Find(sentence, v, verb.Past, previous);
                if (clause.Subject == SubjectRole.None)
                {
                    continue;
                }

                previous = clause.Subject;
                if (clause.Subject == SubjectRole.Both)
                {
                    together += TeachesOrLearns(verb.Kind, clause) ? 1 : 0;
                    continue;
                }

                var subject = clause.Subject == SubjectRole.Senior ? 0 : 1;
                actedBy[(subject * lemmas) + verb.Lemma] = true;
                sameAct |= actedBy[verb.Lemma] && actedBy[lemmas + verb.Lemma];
                switch (TeacherIsSubject(verb.Kind, clause))
                {
                    case true:
                        taught[subject]++;
                        break;
                    case false:
                        learned[subject]++;
                        break;
                }
            }

            // Learning by one who also teaches in the sentence is where the teacher's knowledge came from ("I told
            // him what I learned leading two system changes"), not a lesson from the other participant.
            senior += taught[0] + (taught[1] == 0 ? learned[1] : 0);
            junior += taught[1] + (taught[0] == 0 ? learned[0] : 0);
        }

        return new Summary(senior, junior, together, sameAct);
    }

    /// <summary>Hands the note's teaching-clause features to the sink (see the class summary).</summary>
    public static void Extract<TSink>(NoteTokens note, ref TSink sink, int bits)
        where TSink : struct, IFeatureSink
    {
        var summary = Read(note);
        NoteLevelFeatures.Add(ref sink, NoteLevelFeatures.SeniorTeaches, summary.SeniorTeaches, bits);
        NoteLevelFeatures.Add(ref sink, NoteLevelFeatures.JuniorTeaches, summary.JuniorTeaches, bits);
        if (summary.SeniorTeaches > 0 || summary.JuniorTeaches > 0)
        {
            var balance = summary.JuniorTeaches == 0 ? NoteLevelFeatures.TeachingSeniorOnly
                : summary.SeniorTeaches == 0 ? NoteLevelFeatures.TeachingJuniorOnly
                : NoteLevelFeatures.TeachingBoth;
            NoteLevelFeatures.Add(ref sink, balance, 1, bits);
        }

        NoteLevelFeatures.Add(ref sink, NoteLevelFeatures.JointTeaching, Math.Min(summary.Together, 1), bits);
        NoteLevelFeatures.Add(ref sink, NoteLevelFeatures.SameActByBoth, summary.SameActByBoth ? 1 : 0, bits);
    }

    /// <summary>0 (senior) or 1 (junior) when <paramref name="at"/> is a participant's possessive before a noun of a share
    /// of what was passed on ("[junior] 's half", "[senior] 's point"); −1 otherwise.</summary>
    private static int IsContributionOf(ReadOnlySpan<string> words, int at)
    {
        if (at + 2 >= words.Length || words[at + 1] != "'s" || !TeachingLexicon.IsContribution(words[at + 2]))
        {
            return -1;
        }

        return words[at] switch
        {
            RoleTokens.Senior => 0,
            RoleTokens.Junior => 1,
            _ => -1,
        };
    }

    /// <summary>true: the subject taught; false: the other participant did; null: the clause says neither.</summary>
    internal static bool? TeacherIsSubject(VerbKind kind, Clause clause) => clause.Irrealis ? null : kind switch
    {
        VerbKind.Teach when !clause.Negated => !clause.Passive,
        VerbKind.Learn when !clause.Negated => false,
        VerbKind.Know when clause.Negated => false,
        _ => null,
    };

    private static bool TeachesOrLearns(VerbKind kind, Clause clause) =>
        !clause.Negated && !clause.Irrealis && kind is VerbKind.Teach or VerbKind.Learn;
}
