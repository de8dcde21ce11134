using MentorGraph.Api.Schema.Suggestions;
using MentorGraph.Persistence.Matching;

namespace MentorGraph.Api.Tests.Suggestions;

/// <summary>The pure scoring of <c>suggestedPairings</c>: each weight, the exclusions, the ranking and the explanation's words.</summary>
public sealed class PairingScoreTests
{
    private static readonly Dictionary<string, string> Titles = new()
    {
        ["SOCIAL_MEDIA"] = "Social media",
        ["BUSINESS_FUNDAMENTALS"] = "Business fundamentals",
        ["EMERGING_TECH"] = "Emerging tech",
        ["LEADERSHIP"] = "Leadership",
        ["AI_TOOLS"] = "AI tools",
    };

    private static string Title(string id) => Titles[id];

    private static PairingParty Party(long id, string name, string band, long? department, IReadOnlyList<TopicEvidence> teaches, params string[] wants) =>
        new(id, name, band, band switch { "JUNIOR" => 1, "MID" => 2, "SENIOR" => 3, _ => 4 }, department, department is null ? null : $"Dept{department}", true, teaches, wants);

    private static TopicEvidence Declared(string topic) => new(topic, true, 0, 0);

    private static readonly PairingParty Tom = Party(1, "Tom", "EXECUTIVE", 10, [Declared("BUSINESS_FUNDAMENTALS")], "SOCIAL_MEDIA");

    [Fact]
    public void TopicValue_DeclaredIsOne_LessonsAndNotesAddWithDiminishingReturns()
    {
        Assert.Equal(1.0, PairingScore.TopicValue(new("X", true, 0, 0)));
        Assert.Equal(3.0, PairingScore.TopicValue(new("X", false, 7, 0)), 9);
        Assert.Equal(1.0, PairingScore.TopicValue(new("X", false, 0, 3)), 9);
        Assert.Equal(0.0, PairingScore.TopicValue(new("X", false, 0, 0)));
        Assert.True(PairingScore.TopicValue(new("X", true, 12, 0)) - PairingScore.TopicValue(new("X", true, 6, 0))
            < PairingScore.TopicValue(new("X", true, 6, 0)) - PairingScore.TopicValue(new("X", true, 0, 0)));
    }

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.25)]
    [InlineData(3, 1.5)]
    public void GapWeight_GrowsAQuarterPerBandBeyondTheFirst(int gap, double weight) =>
        Assert.Equal(weight, PairingScore.GapWeight(gap));

    [Fact]
    public void Score_ReciprocalFitWithGapAndDepartment_IsTheDocumentedFormula()
    {
        var ana = Party(2, "Ana", "JUNIOR", 20, [new("SOCIAL_MEDIA", true, 6, 0)], "BUSINESS_FUNDAMENTALS");

        var scored = PairingScore.Score(Tom, ana, Title)!;

        var up = (1 + Math.Log2(7)) * 1.5; // Ana (junior) teaches the executive across three bands
        var down = 1.0;                    // Tom declared business fundamentals
        Assert.Equal(Math.Round((up + down + Math.Min(up, down)) * 1.2, 3), scored.Score);
        Assert.Equal((1L, 2L), (scored.SeniorId, scored.JuniorId));
        Assert.Equal(["SOCIAL_MEDIA"], scored.TheyCanTeach);
        Assert.Equal(["BUSINESS_FUNDAMENTALS"], scored.YouCanTeach);
    }

    [Fact]
    public void Explanation_SaysWhatEachTaughtOrCanTeach_AndWhoWouldBeSenior()
    {
        var ana = Party(2, "Ana", "JUNIOR", 20, [new("SOCIAL_MEDIA", true, 6, 0)], "BUSINESS_FUNDAMENTALS");

        Assert.Equal(
            "Ana taught 6 lessons on social media, which Tom wants to learn; Tom can teach business fundamentals, which Ana wants to learn. "
            + "Tom would be the senior (Executive, Ana Junior), across departments (Dept10, Dept20).",
            PairingScore.Score(Tom, ana, Title)!.Explanation);
    }

    [Fact]
    public void Explanation_NamesNotesWhenThereIsNoLesson_AndOtherTopics_AndKeepsAcronyms()
    {
        var tom = Party(1, "Tom", "EXECUTIVE", 10, [], "SOCIAL_MEDIA", "AI_TOOLS", "EMERGING_TECH");
        var ben = Party(3, "Ben", "JUNIOR", 10, [new("SOCIAL_MEDIA", false, 0, 7), Declared("AI_TOOLS"), new("EMERGING_TECH", false, 0, 1)]);

        Assert.Equal(
            "Ben taught social media in sessions (7 classified notes), also AI tools and emerging tech, which Tom wants to learn. "
            + "Tom would be the senior (Executive, Ben Junior).",
            PairingScore.Score(tom, ben, Title)!.Explanation);
    }

    [Fact]
    public void SameBand_IsNoSuggestion()
    {
        var dan = Party(4, "Dan", "EXECUTIVE", 20, [Declared("SOCIAL_MEDIA")], "BUSINESS_FUNDAMENTALS");

        Assert.Null(PairingScore.Score(Tom, dan, Title));
    }

    [Fact]
    public void NothingToTeachEitherWay_IsNoSuggestion()
    {
        var hana = Party(5, "Hana", "MID", 20, [Declared("LEADERSHIP")], "LEADERSHIP");

        Assert.Null(PairingScore.Score(Tom, hana, Title));
    }

    [Fact]
    public void Rank_DemonstratedBeatsDeclared_ReciprocalBeatsOneWay_OtherDepartmentBeatsSame()
    {
        var ana = Party(2, "Ana", "JUNIOR", 20, [new("SOCIAL_MEDIA", true, 6, 0)], "BUSINESS_FUNDAMENTALS");
        var ben = Party(3, "Ben", "JUNIOR", 20, [new("SOCIAL_MEDIA", true, 0, 3)], "BUSINESS_FUNDAMENTALS");
        var cara = Party(6, "Cara", "JUNIOR", 10, [Declared("SOCIAL_MEDIA")], "BUSINESS_FUNDAMENTALS");
        var gus = Party(7, "Gus", "JUNIOR", 20, [Declared("SOCIAL_MEDIA")]);
        var dan = Party(4, "Dan", "EXECUTIVE", 20, [Declared("SOCIAL_MEDIA")], "BUSINESS_FUNDAMENTALS");

        var ranked = PairingScore.Rank(Tom, [gus, dan, cara, ben, ana], 10, Title);

        Assert.Equal([2L, 3L, 6L, 7L], ranked.Select(r => r.CandidateId));
        Assert.Equal([2L], PairingScore.Rank(Tom, [gus, dan, cara, ben, ana], 1, Title).Select(r => r.CandidateId));
    }

    [Fact]
    public void WiderGap_WeighsTheJuniorsTeachingMore_NotTheSeniors()
    {
        var junior = Party(2, "Jo", "JUNIOR", 20, [Declared("SOCIAL_MEDIA")]);
        var senior = Party(3, "Sam", "SENIOR", 20, [Declared("SOCIAL_MEDIA")]);
        var executiveLearner = Party(1, "Tom", "EXECUTIVE", 10, [], "SOCIAL_MEDIA");
        var juniorLearner = Party(8, "Kim", "JUNIOR", 10, [], "SOCIAL_MEDIA");
        var executiveTeacher = Party(9, "Eva", "EXECUTIVE", 20, [Declared("SOCIAL_MEDIA")]);

        Assert.Equal(1.5 * 1.2, PairingScore.Score(executiveLearner, junior, Title)!.Score, 9);   // upward, gap 3
        Assert.Equal(1.0 * 1.2, PairingScore.Score(executiveLearner, senior, Title)!.Score, 9);   // upward, gap 1
        Assert.Equal(1.0 * 1.2, PairingScore.Score(juniorLearner, executiveTeacher, Title)!.Score, 9); // downward, gap 3: no weight
    }
}
