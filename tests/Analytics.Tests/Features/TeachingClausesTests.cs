using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Features;

public class TeachingClausesTests
{
    private const string J = RoleTokens.Junior;
    private const string S = RoleTokens.Senior;

    private static TeachingClauses.Summary Read(params string[][] sentences) => TeachingClauses.Read(new NoteTokens(sentences));

    [Fact]
    public void Read_SubjectOfATeachingVerb_Teaches()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 1, 0, false), Read([J, "showed", S, "how", "reels", "work"]));
    }

    [Fact]
    public void Read_SubjectWhoLearned_MakesTheOtherParticipantTheTeacher()
    {
        Assert.Equal(new TeachingClauses.Summary(1, 0, 0, false), Read([J, "picked", "up", "a", "lot", "about", "margins"]));
    }

    [Fact]
    public void Read_PassiveTeachingVerb_MakesTheOtherParticipantTheTeacher()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 1, 0, false), Read([S, "was", "shown", "the", "new", "dashboard"]));
    }

    [Fact]
    public void Read_NegatedKnowing_MakesTheOtherParticipantTheTeacher()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 1, 0, false), Read([S, "had", "no", "idea", "what", "a", "reel", "was"]));
    }

    [Fact]
    public void Read_NegatedOrPlannedTeaching_TeachesNobody()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 0, false), Read([S, "didn't", "explain", "it"], [J, "will", "show", S, "tiktok"]));
    }

    [Fact]
    public void Read_PhrasalVerbWithoutItsParticle_IsNoTeachingVerb()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 0, false), Read([S, "walked", "to", "the", "station"]));
        Assert.Equal(new TeachingClauses.Summary(1, 0, 0, false), Read([S, "walked", J, "through", "the", "budget"]));
    }

    [Fact]
    public void Read_TellWithoutAParticipantAfterIt_TeachesNobody()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 0, false), Read([S, "told", "the", "team"]));
        Assert.Equal(new TeachingClauses.Summary(1, 0, 0, false), Read([S, "told", J, "why"]));
    }

    [Fact]
    public void Read_TellWithAnHonorificBeforeTheParticipant_Teaches()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 1, 0, false), Read([J, "told", "ms", S, "that", "apprenticeships", "pay"]));
    }

    [Fact]
    public void Read_PhrasalVerbOfLayingOut_Teaches()
    {
        Assert.Equal(new TeachingClauses.Summary(1, 0, 0, false), Read([S, "laid", "out", "the", "economics", "of", "a", "launch"]));
    }

    [Fact]
    public void Read_AddedByTheOtherParticipant_MakesBothTeachers()
    {
        Assert.Equal(new TeachingClauses.Summary(1, 1, 0, false), Read([J, "described", "the", "trend"], [S, "added", "how", "it", "ended", "last", "time"]));
    }

    [Fact]
    public void Read_PossessiveBeforeAShareOfWhatWasPassedOn_MakesThatParticipantATeacher()
    {
        // "My half: ARR and churn. His half: how those numbers turn into cash." (by the junior)
        Assert.Equal(new TeachingClauses.Summary(1, 1, 0, false), Read([RoleTokens.ByJunior, J, "'s", "half", "arr"], [RoleTokens.ByJunior, S, "'s", "half", "how"]));
    }

    [Fact]
    public void Read_PossessiveBeforeAnyOtherNoun_TeachesNobody()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 0, false), Read([J, "'s", "friends", "use", "the", "app"], [S, "'s", "going", "back"]));
    }

    [Fact]
    public void Read_LearningByTheTeacherOfTheSameSentence_IsTheirBackgroundNotALesson()
    {
        // "I told him what I learned leading two system changes": the senior teaches; the junior did not.
        Assert.Equal(new TeachingClauses.Summary(1, 0, 0, false), Read([S, "told", J, "what", S, "learned", "leading", "two", "changes"]));
    }

    [Fact]
    public void Read_EachParticipantTeachingOnce_CountsBoth()
    {
        Assert.Equal(new TeachingClauses.Summary(1, 1, 0, true), Read([J, "showed", S, "reels"], [S, "showed", J, "the", "budget"]));
    }

    [Fact]
    public void Read_WeLearned_CountsTogether()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 1, false), Read(["we", "learned", "from", "each", "other"]));
    }

    [Fact]
    public void Read_SameReportingVerbByBoth_IsTheSameActByBoth()
    {
        Assert.Equal(new TeachingClauses.Summary(0, 0, 0, true), Read([J, "noticed", "the", "gap"], [S, "noticed", "the", "cost"]));
    }

    [Fact]
    public void Extract_OneWayTeaching_GivesTheRoleCountAndTheOneSidedBalance()
    {
        var names = Names([J, "showed", S, "reels"], [J, "explained", "hashtags"]);

        Assert.Equal(["[junior teaches]", "[junior teaches]", "[teaching: junior only]"], names);
    }

    [Fact]
    public void Extract_BothTeaching_GivesTheBothBalanceAndTheSameAct()
    {
        var names = Names([J, "showed", S, "reels"], [S, "showed", J, "the", "budget"]);

        Assert.Equal(["[senior teaches]", "[junior teaches]", "[teaching: both]", "[same act by both]"], names);
    }

    [Fact]
    public void Extract_NoTeachingClause_GivesNoFeature()
    {
        Assert.Empty(Names([S, "was", "busy"]));
    }

    [Fact]
    public void Extract_RoleSwappedNote_GivesTheSwappedFeatures()
    {
        var names = Names([S, "showed", J, "reels"]);

        Assert.Equal(["[senior teaches]", "[teaching: senior only]"], names);
    }

    [Fact]
    public void FeatureExtractor_WithTeachingClauses_AddsThemOutsideAnySentence_AndNotWithoutThem()
    {
        var note = new NoteTokens([[J, "showed", S, "reels"]]);
        var on = new List<(int Sentence, int Start)>();
        var off = new List<(int Sentence, int Start)>();
        var options = new FeatureOptions { HashBits = 12, CharNgramMax = 0 };

        var sinkOn = new PlaceSink(on);
        FeatureExtractor.Extract(note, options with { TeachingClauses = true }, ref sinkOn);
        var sinkOff = new PlaceSink(off);
        FeatureExtractor.Extract(note, options, ref sinkOff);

        Assert.Equal([NoteLevelFeatures.JuniorTeaches, NoteLevelFeatures.TeachingJuniorOnly],
            on.Where(p => p.Sentence == NoteLevelFeatures.Sentence).Select(p => p.Start));
        Assert.DoesNotContain(off, p => p.Sentence == NoteLevelFeatures.Sentence);
    }

    private static List<string> Names(params string[][] sentences)
    {
        var places = new List<(int Sentence, int Start)>();
        var sink = new PlaceSink(places);
        TeachingClauses.Extract(new NoteTokens(sentences), ref sink, 12);
        return places.Select(p => NoteLevelFeatures.Names[p.Start]).ToList();
    }

    private readonly struct PlaceSink(List<(int Sentence, int Start)> places) : IFeatureSink
    {
        public void Add(int bucket, ulong key, int sentence, int start, int length) => places.Add((sentence, start));
    }
}
