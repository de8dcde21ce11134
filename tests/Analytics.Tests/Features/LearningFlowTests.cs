using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Features;

public class LearningFlowTests
{
    private const string J = RoleTokens.Junior;
    private const string S = RoleTokens.Senior;

    [Fact]
    public void Of_OneWayNote_IsJuniorToSeniorOnly()
    {
        Assert.Equal(1, LearningFlow.Of(new NoteTokens([[RoleTokens.BySenior, J, "showed", S, "reels"]])));
    }

    [Fact]
    public void Of_OtherWayNote_IsSeniorToJuniorOnly()
    {
        Assert.Equal(2, LearningFlow.Of(new NoteTokens([[S, "walked", J, "through", "the", "budget"], [J, "took", "notes"]])));
    }

    [Fact]
    public void Of_ExchangeWithinOrAcrossSentences_IsBothWays()
    {
        Assert.Equal(3, LearningFlow.Of(new NoteTokens([[J, "taught", S, "tiktok", "and", S, "taught", J, "pricing"]])));
        Assert.Equal(3, LearningFlow.Of(new NoteTokens([[J, "showed", S, "reels"], [S, "explained", J, "margins"]])));
    }

    [Fact]
    public void Of_NoTwoParticipantsInASentence_IsNone()
    {
        // Author markers are not participants, and a mention in one sentence does not pair with the next sentence.
        Assert.Equal(0, LearningFlow.Of(new NoteTokens([[RoleTokens.ByJunior, J, "learned", "a", "lot"], [S, "was", "busy"]])));
        Assert.Equal(0, LearningFlow.Of(new NoteTokens([[J, J, "'s", "deck"]])));
    }

    [Fact]
    public void Extract_WithFlowFeature_AddsOneOccurrenceOutsideAnySentence()
    {
        var note = new NoteTokens([[J, "showed", S, "reels"]]);
        var places = new List<(int Sentence, int Start)>();
        var sink = new PlaceSink(places);

        FeatureExtractor.Extract(note, new FeatureOptions { HashBits = 12, CharNgramMax = 0, FlowFeature = true }, ref sink);

        Assert.Equal((NoteLevelFeatures.Sentence, 0), places[0]);
        Assert.Equal(1, places.Count(p => p.Sentence == NoteLevelFeatures.Sentence));
    }

    private readonly struct PlaceSink(List<(int Sentence, int Start)> places) : IFeatureSink
    {
        public void Add(int bucket, ulong ngram, int sentence, int start, int length) => places.Add((sentence, start));
    }
}
