using System.Globalization;
using MentorGraph.Persistence.Matching;

namespace MentorGraph.Api.Schema.Suggestions;

/// <summary>A scored candidate: who would be senior and junior, the score, why, and the topics each can teach the other (topic ids).</summary>
public sealed record ScoredPairing(
    long CandidateId, long SeniorId, long JuniorId, double Score, string Explanation, IReadOnlyList<string> TheyCanTeach, IReadOnlyList<string> YouCanTeach);

/// <summary>
/// The reciprocal-fit score of a possible pairing — pure code, no database, so every weight is unit-tested. For one
/// side teaching the other:
/// <list type="bullet">
/// <item>a topic counts when the teacher declared it (<c>canTeach</c>), taught a lesson on it or has classified session
/// notes teaching it, and the learner wants to learn it. Its value is what the teacher has demonstrably done, with
/// diminishing returns: <c>1 (declared) + log2(1 + lessons) + 0.5 × log2(1 + notes)</c> — 6 lessons are worth 2.8, a
/// declaration alone 1;</item>
/// <item>the side's value is the sum over its topics.</item>
/// </list>
/// Then, with <c>up</c> the side where the junior teaches (reverse mentoring) and <c>down</c> the senior's side:
/// <list type="bullet">
/// <item>band gap: the senior's band must be higher (same band: no suggestion). The wider the gap, the more reverse
/// mentoring is worth — an executive learning from an early-career colleague is what the programs are for — so
/// <c>up</c> is weighted by <c>1 + 0.25 × (gap − 1)</c> (one band apart 1.0, two 1.25, three 1.5); <c>down</c> is not;</item>
/// <item>reciprocity: <c>fit = up' + down + min(up', down)</c> — the part both ways counts twice, so two people who
/// teach each other beat one who only teaches;</item>
/// <item>department: ×1.2 when both have a department and they differ (the point is to cross silos), else ×1.0.</item>
/// </list>
/// <c>score = round(fit × department, 3)</c>; a candidate with nothing to teach either way scores 0 and is left out.
/// </summary>
public static class PairingScore
{
    public const double DeclaredWeight = 1.0;
    public const double LessonWeight = 1.0;
    public const double NoteWeight = 0.5;
    public const double GapStep = 0.25;
    public const double OtherDepartmentFactor = 1.2;

    /// <summary>What one topic is worth as evidence that the teacher can teach it (0: no evidence at all).</summary>
    public static double TopicValue(TopicEvidence evidence) =>
        (evidence.Declared ? DeclaredWeight : 0) + (LessonWeight * Math.Log2(1 + evidence.Lessons)) + (NoteWeight * Math.Log2(1 + evidence.Notes));

    /// <summary>The weight of the reverse-mentoring side for a band gap of 1 to 3.</summary>
    public static double GapWeight(int gap) => 1 + (GapStep * (gap - 1));

    /// <summary>
    /// The score of pairing <paramref name="person"/> with <paramref name="candidate"/>; null when they are in the same band
    /// or neither can teach the other anything the other wants. <paramref name="topicTitle"/> names a topic id in words.
    /// </summary>
    public static ScoredPairing? Score(PairingParty person, PairingParty candidate, Func<string, string> topicTitle)
    {
        if (person.BandRank == candidate.BandRank)
        {
            return null;
        }

        var theyTeach = Matches(candidate, person);
        var youTeach = Matches(person, candidate);
        var theyValue = theyTeach.Sum(TopicValue);
        var youValue = youTeach.Sum(TopicValue);
        if (theyValue <= 0 && youValue <= 0)
        {
            return null;
        }

        var candidateIsSenior = candidate.BandRank > person.BandRank;
        var gap = Math.Abs(candidate.BandRank - person.BandRank);
        var (up, down) = candidateIsSenior ? (youValue, theyValue) : (theyValue, youValue);
        var upWeighted = up * GapWeight(gap);
        var fit = upWeighted + down + Math.Min(upWeighted, down);
        var otherDepartment = person.DepartmentId is { } a && candidate.DepartmentId is { } b && a != b;
        var score = Math.Round(fit * (otherDepartment ? OtherDepartmentFactor : 1.0), 3);
        var (senior, junior) = candidateIsSenior ? (candidate, person) : (person, candidate);
        return new ScoredPairing(
            candidate.Id, senior.Id, junior.Id, score,
            Explain(person, candidate, theyTeach, youTeach, senior, junior, otherDepartment, topicTitle),
            [.. theyTeach.Select(t => t.TopicId)], [.. youTeach.Select(t => t.TopicId)]);
    }

    /// <summary>The candidates scored, best first (then by id), at most <paramref name="first"/>.</summary>
    public static IReadOnlyList<ScoredPairing> Rank(PairingParty person, IEnumerable<PairingParty> candidates, int first, Func<string, string> topicTitle) =>
        [.. candidates
            .Select(c => Score(person, c, topicTitle))
            .OfType<ScoredPairing>()
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.CandidateId)
            .Take(first)];

    /// <summary>What <paramref name="teacher"/> can teach that <paramref name="learner"/> wants: strongest first, then by topic id.</summary>
    private static List<TopicEvidence> Matches(PairingParty teacher, PairingParty learner)
    {
        var wanted = learner.WantsToLearn.ToHashSet(StringComparer.Ordinal);
        return [.. teacher.Teaches
            .Where(t => wanted.Contains(t.TopicId) && TopicValue(t) > 0)
            .OrderByDescending(TopicValue)
            .ThenBy(t => t.TopicId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// "Ana taught 6 lessons on social media, which Tom wants to learn; Tom can teach business fundamentals, which Ana
    /// wants to learn. Tom would be the senior (Executive, Ana Junior), across departments."
    /// </summary>
    internal static string Explain(
        PairingParty person, PairingParty candidate, IReadOnlyList<TopicEvidence> theyTeach, IReadOnlyList<TopicEvidence> youTeach,
        PairingParty senior, PairingParty junior, bool otherDepartment, Func<string, string> topicTitle)
    {
        var parts = new List<string>();
        if (theyTeach.Count > 0)
        {
            parts.Add(Side(candidate, person, theyTeach, topicTitle));
        }

        if (youTeach.Count > 0)
        {
            parts.Add(Side(person, candidate, youTeach, topicTitle));
        }

        var text = string.Join("; ", parts) + ".";
        text += $" {senior.Name} would be the senior ({Title(senior.Band)}, {junior.Name} {Title(junior.Band)})";
        if (otherDepartment)
        {
            text += $", across departments ({senior.DepartmentName}, {junior.DepartmentName})";
        }

        return text + ".";
    }

    private static string Side(PairingParty teacher, PairingParty learner, IReadOnlyList<TopicEvidence> topics, Func<string, string> topicTitle)
    {
        var best = topics[0];
        var name = Lower(topicTitle(best.TopicId));
        var claim = best switch
        {
            { Lessons: > 0 } => $"{teacher.Name} taught {Count(best.Lessons, "lesson")} on {name}",
            { Notes: > 0 } => $"{teacher.Name} taught {name} in sessions ({Count(best.Notes, "classified note")})",
            _ => $"{teacher.Name} can teach {name}",
        };
        var others = topics.Skip(1).Take(2).Select(t => Lower(topicTitle(t.TopicId))).ToList();
        if (others.Count > 0)
        {
            claim += $", also {string.Join(" and ", others)}{(topics.Count > 3 ? " and more" : "")}";
        }

        return $"{claim}, which {learner.Name} wants to learn";
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>"Social media" → "social media"; a leading acronym ("AI tools") stays as it is.</summary>
    private static string Lower(string title) =>
        title.Length > 1 && char.IsUpper(title[0]) && !char.IsUpper(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;

    private static string Title(string band) => band.Length == 0 ? band : band[0] + band[1..].ToLowerInvariant();
}
