using System.Collections.Frozen;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Features;

/// <summary>
/// The words <see cref="TeachingClauses"/> reads, written from general English rather than from any one
/// set of notes: verbs of teaching (cause someone to know), learning (come to know), knowing and
/// reporting, every inflected form spelled out (no stemmer decides for us); the particles of phrasal
/// verbs ("walk … through", "point out", "pick up"); and the light words that may stand between a
/// subject and its verb (auxiliaries, modals, negators, a few adverbs, "need to", "tried to").
/// A trained model's teaching-clause weights mean what these lists made of its notes: a change to them is a
/// change of the features, and needs <see cref="Classification.ModelMetadata.CurrentModelVersion"/> raised with it
/// (the default model's cache and saved models would otherwise be read with other features than they learned).
/// </summary>
internal static class TeachingLexicon
{
    /// <summary>A verb form: which lemma (an index for "the same act"), its kind, the particle a phrasal verb
    /// needs within <see cref="Window"/> words after it (null: none needed), and whether the form is a past
    /// tense or participle (the only form a note's subject-less diary sentence uses: "Explained X to Tom", where "Explain X"
    /// is an imperative, advice being quoted, and "Training booked" a noun).</summary>
    public readonly record struct Verb(int Lemma, VerbKind Kind, string[]? Particles, int Window, bool Past);

    /// <summary>As the "particle" of tell and give: a participant right after the verb, or after one word more (the
    /// honorific the role normalizer leaves: "told ms [senior]"). "Told me", "gave Lamar the balancing act" teach the
    /// other participant; "told the team", "given a different one to every newsletter" do not.</summary>
    private static readonly string[] Recipient = [RoleTokens.Senior, RoleTokens.Junior];

    private static readonly (VerbKind Kind, string[] Forms, string[]? Particles, int Window)[] Lemmas =
    [
        // Teaching: the subject passes knowledge on.
        (VerbKind.Teach, ["teach", "teaches", "taught", "teaching"], null, 0),
        (VerbKind.Teach, ["show", "shows", "showed", "shown", "showing"], null, 0),
        (VerbKind.Teach, ["explain", "explains", "explained", "explaining"], null, 0),
        (VerbKind.Teach, ["demonstrate", "demonstrates", "demonstrated", "demonstrating", "demo", "demos", "demoed"], null, 0),
        (VerbKind.Teach, ["tell", "tells", "told", "telling"], Recipient, 2),
        (VerbKind.Teach, ["share", "shares", "shared", "sharing"], null, 0),
        (VerbKind.Teach, ["describe", "describes", "described", "describing"], null, 0),
        (VerbKind.Teach, ["recount", "recounts", "recounted", "recounting"], null, 0),
        (VerbKind.Teach, ["recall", "recalls", "recalled", "recalling"], null, 0),
        (VerbKind.Teach, ["add", "adds", "added"], null, 0),
        (VerbKind.Teach, ["lay", "lays", "laid", "laying"], ["out"], 4),
        (VerbKind.Teach, ["spell", "spells", "spelled", "spelt", "spelling"], ["out"], 4),
        (VerbKind.Teach, ["fill", "fills", "filled", "filling"], ["in"], 2),
        (VerbKind.Teach, ["introduce", "introduces", "introduced", "introducing"], null, 0),
        (VerbKind.Teach, ["coach", "coaches", "coached", "coaching"], null, 0),
        (VerbKind.Teach, ["mentor", "mentors", "mentored", "mentoring"], null, 0),
        (VerbKind.Teach, ["tutor", "tutors", "tutored", "tutoring"], null, 0),
        (VerbKind.Teach, ["guide", "guides", "guided", "guiding"], null, 0),
        (VerbKind.Teach, ["advise", "advises", "advised", "advising"], null, 0),
        (VerbKind.Teach, ["suggest", "suggests", "suggested", "suggesting"], null, 0),
        (VerbKind.Teach, ["recommend", "recommends", "recommended", "recommending"], null, 0),
        (VerbKind.Teach, ["warn", "warns", "warned", "warning"], null, 0),
        (VerbKind.Teach, ["remind", "reminds", "reminded", "reminding"], null, 0),
        (VerbKind.Teach, ["clarify", "clarifies", "clarified", "clarifying"], null, 0),
        (VerbKind.Teach, ["illustrate", "illustrates", "illustrated", "illustrating"], null, 0),
        (VerbKind.Teach, ["outline", "outlines", "outlined", "outlining"], null, 0),
        (VerbKind.Teach, ["give", "gives", "gave", "given", "giving"], Recipient, 2),
        (VerbKind.Teach, ["convince", "convinces", "convinced", "convincing"], null, 0),
        (VerbKind.Teach, ["persuade", "persuades", "persuaded", "persuading"], null, 0),
        (VerbKind.Teach, ["help", "helps", "helped", "helping"], null, 0),
        (VerbKind.Teach, ["cover", "covers", "covered", "covering"], null, 0),
        (VerbKind.Teach, ["educate", "educates", "educated", "educating"], null, 0),
        (VerbKind.Teach, ["instruct", "instructs", "instructed", "instructing"], null, 0),
        (VerbKind.Teach, ["correct", "corrects", "corrected", "correcting"], null, 0),
        (VerbKind.Teach, ["brief", "briefs", "briefed", "briefing"], null, 0),
        (VerbKind.Teach, ["walk", "walks", "walked", "walking"], ["through"], 4),
        (VerbKind.Teach, ["talk", "talks", "talked", "talking"], ["through"], 4),
        (VerbKind.Teach, ["take", "takes", "took", "taken", "taking"], ["through"], 4),
        (VerbKind.Teach, ["run", "runs", "ran", "running"], ["through"], 3),
        (VerbKind.Teach, ["go", "goes", "went", "gone", "going"], ["through", "over"], 1),
        (VerbKind.Teach, ["point", "points", "pointed", "pointing"], ["out"], 1),
        (VerbKind.Teach, ["clear", "clears", "cleared", "clearing"], ["up"], 3),
        (VerbKind.Teach, ["break", "breaks", "broke", "broken", "breaking"], ["down"], 3),

        // Learning: the subject comes to know.
        (VerbKind.Learn, ["learn", "learns", "learned", "learnt", "learning"], null, 0),
        (VerbKind.Learn, ["realise", "realises", "realised", "realising", "realize", "realizes", "realized", "realizing"], null, 0),
        (VerbKind.Learn, ["understand", "understands", "understood", "understanding"], null, 0),
        (VerbKind.Learn, ["discover", "discovers", "discovered", "discovering"], null, 0),
        (VerbKind.Learn, ["grasp", "grasps", "grasped", "grasping"], null, 0),
        (VerbKind.Learn, ["saw"], null, 0),
        (VerbKind.Learn, ["pick", "picks", "picked", "picking"], ["up"], 3),
        (VerbKind.Learn, ["find", "finds", "found", "finding"], ["out"], 3),
        (VerbKind.Learn, ["figure", "figures", "figured", "figuring"], ["out"], 3),

        // Knowing: negated, the subject was the one who learned ("didn't know", "had no idea", "never heard of").
        (VerbKind.Know, ["know", "knows", "knew", "known", "knowing"], null, 0),
        (VerbKind.Know, ["hear", "hears", "heard"], null, 0),
        (VerbKind.Know, ["seen"], null, 0),
        (VerbKind.Know, ["aware"], null, 0),
        (VerbKind.Know, ["familiar"], null, 0),
        (VerbKind.Know, ["idea"], null, 0),
        (VerbKind.Know, ["clue"], null, 0),

        // Reporting and noticing: no direction alone; the same act by both participants suggests an exchange.
        (VerbKind.Report, ["say", "says", "said"], null, 0),
        (VerbKind.Report, ["notice", "notices", "noticed", "noticing"], null, 0),
        (VerbKind.Report, ["note", "notes", "noted"], null, 0),
        (VerbKind.Report, ["observe", "observes", "observed"], null, 0),
        (VerbKind.Report, ["mention", "mentions", "mentioned"], null, 0),
        (VerbKind.Report, ["argue", "argues", "argued"], null, 0),
        (VerbKind.Report, ["admit", "admits", "admitted"], null, 0),
        (VerbKind.Report, ["bring", "brings", "brought"], null, 0),
        (VerbKind.Report, ["think", "thinks", "thought"], null, 0),
        (VerbKind.Report, ["feel", "feels", "felt"], null, 0),
        (VerbKind.Report, ["ask", "asks", "asked"], null, 0),
    ];

    // Before Verbs: static fields initialize in order, and BuildVerbs reads this one.
    private static readonly FrozenSet<string> IrregularPastForms = FrozenSet.Create(StringComparer.Ordinal,
    [
        "taught", "told", "gave", "took", "ran", "went", "broke", "learnt", "understood", "saw", "found", "knew", "heard", "said",
        "brought", "thought", "felt", "laid", "spelt", "shown", "given", "taken", "known", "seen", "broken", "gone",
    ]);

    private static readonly FrozenDictionary<string, Verb> Verbs = BuildVerbs();

    /// <summary>Words that may stand between a subject and its verb: "[senior] then showed", "[junior] didn't
    /// need to explain", "[senior] 'd never heard", "[junior] in turn showed", "[senior] was shown".</summary>
    private static readonly FrozenSet<string> Light = FrozenSet.Create(StringComparer.Ordinal,
    [
        // auxiliaries and modals (and their clitics)
        "do", "does", "did", "have", "has", "had", "'d", "'ve", "'ll", "'s", "'m", "'re", "will", "would", "could", "can",
        "should", "might", "may", "must", "shall", "was", "were", "is", "am", "are", "be", "been", "being", "got", "get", "gets", "getting",
        // adverbs that sit before a verb
        "then", "also", "finally", "eventually", "quickly", "kindly", "patiently", "gently", "carefully", "clearly", "briefly",
        "properly", "really", "actually", "even", "just", "later", "first", "still", "always", "often", "already", "once", "again",
        "immediately", "basically", "simply", "honestly", "happily", "generously", "politely", "in", "turn", "return", "both", "each",
        "all", "too", "only", "soon", "afterwards", "instead",
        // verbs of wanting, trying and needing, before "to"
        "to", "need", "needs", "needed", "tried", "try", "tries", "wanted", "want", "wants", "offered", "managed", "started",
        "began", "decided", "able", "going", "gonna", "kept", "used", "happy", "keen",
    ]);

    private static readonly FrozenSet<string> Negators = FrozenSet.Create(StringComparer.Ordinal,
    [
        "not", "never", "no", "didn't", "doesn't", "don't", "hadn't", "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't",
        "couldn't", "wouldn't", "won't", "can't", "cannot", "shouldn't", "mustn't", "didnt", "doesnt", "dont", "hadnt", "hasnt",
        "havent", "wasnt", "werent", "isnt", "couldnt", "wouldnt", "cant",
    ]);

    /// <summary>Auxiliaries that make a following participle passive: "[junior] was shown", "[senior] got taught".</summary>
    private static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        ["was", "were", "is", "are", "am", "'m", "'re", "be", "been", "being", "got", "get", "gets", "getting"]);

    /// <summary>Modals and verbs of wanting or needing: a clause with one of them between subject and verb is
    /// irrealis — it does not say the act happened ("I'll be giving", "she should explain", "wants to teach").</summary>
    private static readonly FrozenSet<string> Irrealis = FrozenSet.Create(StringComparer.Ordinal,
        ["will", "'ll", "would", "could", "should", "might", "may", "must", "can", "shall", "going", "gonna", "want", "wants", "wanted", "need", "needs"]);

    /// <summary>Verbs that put a proposal or a request before their clause's subject: "I suggested he share …",
    /// "she asked me to explain …", "she had me add …" — what is proposed has not happened yet.</summary>
    private static readonly FrozenSet<string> Proposing = FrozenSet.Create(StringComparer.Ordinal,
    [
        "suggest", "suggests", "suggested", "recommend", "recommends", "recommended", "advise", "advises", "advised", "ask", "asks",
        "asked", "urge", "urged", "encourage", "encouraged", "let", "lets", "had", "made", "make", "want", "wants", "wanted", "expect",
        "expects", "expected", "invite", "invited", "challenged",
    ]);

    /// <summary>Verbs of perceiving whose object is the subject of a bare infinitive: "sees [junior] teach", "watched
    /// [senior] give feedback to the night shift" — an act watched, aimed at someone else, not a lesson between the two.</summary>
    private static readonly FrozenSet<string> Perceiving = FrozenSet.Create(StringComparer.Ordinal,
        ["see", "sees", "saw", "seen", "watch", "watches", "watched", "hear", "hears", "heard", "notice", "noticed"]);

    /// <summary>Words before "to" that make the infinitive after it an act that happened ("tried to explain", "had to
    /// explain", "helped [senior] to understand"); after any other word the infinitive is an instruction or plan.</summary>
    private static readonly FrozenSet<string> RealisBeforeTo = FrozenSet.Create(StringComparer.Ordinal,
        ["tried", "managed", "started", "began", "used", "had", "needed", "got", "able", RoleTokens.Senior, RoleTokens.Junior]);

    /// <summary>Nouns for a share of what was passed on, after a participant's possessive: "my half: …", "his side was …",
    /// "[senior] 's point: …" — that participant taught it ("[junior] 's friends", "[senior] 's team" say nothing).</summary>
    private static readonly FrozenSet<string> Contributions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "half", "side", "part", "share", "turn", "point", "points", "rule", "rules", "tip", "tips", "lesson", "lessons", "advice",
        "contribution", "take", "view", "answer", "idea", "ideas", "trick", "tricks", "insight", "insights", "suggestion",
    ]);

    /// <summary>Words that join a second verb to the subject of the first: "[senior] showed [junior] X and explained Y".</summary>
    private static readonly FrozenSet<string> Coordinators = FrozenSet.Create(StringComparer.Ordinal, ["and", "then", "but", "so"]);

    /// <summary>How many distinct lemmas there are (indices 0..LemmaCount − 1).</summary>
    public static int LemmaCount => Lemmas.Length;

    /// <summary>The verb <paramref name="words"/>[<paramref name="at"/>] is, if it is one of the lexicon and a phrasal
    /// verb's particle follows within its window ("walked [junior] through").</summary>
    public static bool TryVerb(ReadOnlySpan<string> words, int at, out Verb verb)
    {
        if (!Verbs.TryGetValue(words[at], out verb))
        {
            return false;
        }

        if (verb.Particles is null)
        {
            return true;
        }

        var end = Math.Min(words.Length, at + 1 + verb.Window);
        for (var i = at + 1; i < end; i++)
        {
            // A role before "'s" is a possessive ("gives [junior] 's first paper"), not a recipient.
            if (Array.IndexOf(verb.Particles, words[i]) >= 0 && !(i + 1 < words.Length && words[i + 1] == "'s"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word is a form of any verb of the lexicon, its particle aside.</summary>
    public static bool IsVerbForm(string word) => Verbs.ContainsKey(word);

    public static bool IsLight(string word) => Light.Contains(word);

    public static bool IsNegator(string word) => Negators.Contains(word);

    public static bool IsPassiveAuxiliary(string word) => PassiveAuxiliaries.Contains(word);

    public static bool IsCoordinator(string word) => Coordinators.Contains(word);

    public static bool IsContribution(string word) => Contributions.Contains(word);

    public static bool IsIrrealis(string word) => Irrealis.Contains(word);

    public static bool IsProposing(string word) => Proposing.Contains(word);

    public static bool IsPerceiving(string word) => Perceiving.Contains(word);

    public static bool IsRealisBeforeTo(string word) => RealisBeforeTo.Contains(word);

    private static bool IsPast(string form) => form.EndsWith("ed", StringComparison.Ordinal) || IrregularPastForms.Contains(form);

    private static FrozenDictionary<string, Verb> BuildVerbs()
    {
        var verbs = new Dictionary<string, Verb>(StringComparer.Ordinal);
        for (var lemma = 0; lemma < Lemmas.Length; lemma++)
        {
            var (kind, forms, particles, window) = Lemmas[lemma];
            foreach (var form in forms)
            {
                // A form belongs to one lemma only; a second listing would be a mistake in the table above.
                verbs.Add(form, new Verb(lemma, kind, particles, window, IsPast(form)));
            }
        }

        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
