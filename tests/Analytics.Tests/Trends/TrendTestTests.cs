using MentorGraph.Analytics.Trends;

namespace MentorGraph.Analytics.Tests.Trends;

public sealed class TrendTestTests
{
    private static readonly TrendTestOptions Options = new();

    private static TrendInput Topic(string key, int last, params int[] baseline) => new(key, baseline, last);

    /// <summary>The weekly counts of the demo seed (seed 1, 2026-06-17): two climbing topics, ten flat ones, one with a spike under 20.</summary>
    private static readonly TrendInput[] SeedWeeks =
    [
        Topic("BUSINESS_FUNDAMENTALS", 9, 8, 5, 2, 11, 5, 15, 5, 3),
        Topic("CAREER_GROWTH", 2, 7, 3, 5, 6, 1, 7, 3, 6),
        Topic("COMMUNICATION", 4, 4, 10, 5, 1, 3, 6, 12, 5),
        Topic("COMPETITIVE_LANDSCAPE", 0, 4, 2, 3, 0, 1, 11, 6, 5),
        Topic("CUSTOMER_INSIGHT", 1, 3, 5, 8, 5, 8, 6, 10, 6),
        Topic("DATA_ANALYTICS", 14, 4, 2, 1, 4, 9, 4, 3, 3),
        Topic("DIGITAL_MARKETING", 0, 3, 2, 4, 8, 5, 1, 2, 7),
        Topic("EMERGING_TECH", 26, 5, 9, 8, 0, 6, 21, 22, 25),
        Topic("LEADERSHIP", 10, 4, 5, 4, 3, 4, 8, 5, 3),
        Topic("PRODUCTIVITY_TOOLS", 11, 7, 2, 8, 8, 4, 2, 3, 12),
        Topic("SOCIAL_MEDIA", 28, 11, 4, 3, 8, 7, 21, 22, 26),
        Topic("WORKPLACE_CULTURE", 1, 4, 4, 10, 0, 6, 5, 5, 0),
    ];

    [Fact]
    public void SeedWeeks_TheTwoClimbingTopicsRise_NoOtherIsFlagged()
    {
        var verdicts = TrendTest.Judge(SeedWeeks, Options);

        Assert.Equal(["EMERGING_TECH", "SOCIAL_MEDIA"], verdicts.Where(v => v.Direction == TrendDirection.Rising).Select(v => v.Key));
        Assert.DoesNotContain(verdicts, v => v.Direction == TrendDirection.Falling);
    }

    /// <summary>The same weeks of the seed at 100,000 sessions: counts in the hundreds, where a Poisson test alone flags ordinary wobbles.</summary>
    private static readonly TrendInput[] LargeSeedWeeks =
    [
        Topic("BUSINESS_FUNDAMENTALS", 240, 205, 219, 195, 170, 191, 243, 267, 249),
        Topic("CAREER_GROWTH", 157, 191, 177, 176, 142, 146, 186, 167, 160),
        Topic("COMMUNICATION", 183, 174, 172, 181, 177, 182, 176, 191, 205),
        Topic("COMPETITIVE_LANDSCAPE", 151, 142, 91, 131, 96, 129, 147, 149, 122),
        Topic("CUSTOMER_INSIGHT", 201, 157, 210, 156, 166, 177, 206, 214, 208),
        Topic("DATA_ANALYTICS", 172, 166, 154, 170, 122, 141, 178, 187, 151),
        Topic("DIGITAL_MARKETING", 148, 163, 164, 138, 172, 110, 162, 151, 156),
        Topic("EMERGING_TECH", 586, 159, 174, 150, 175, 172, 449, 496, 540),
        Topic("LEADERSHIP", 233, 204, 178, 205, 179, 216, 253, 243, 203),
        Topic("PRODUCTIVITY_TOOLS", 160, 185, 182, 145, 193, 172, 203, 190, 202),
        Topic("SOCIAL_MEDIA", 572, 159, 154, 146, 167, 164, 438, 484, 527),
        Topic("WORKPLACE_CULTURE", 151, 162, 156, 153, 131, 163, 150, 175, 168),
    ];

    [Fact]
    public void LargeSeedWeeks_TheTwoClimbingTopicsRise_NoOtherIsFlagged()
    {
        var verdicts = TrendTest.Judge(LargeSeedWeeks, Options);

        Assert.Equal(["EMERGING_TECH", "SOCIAL_MEDIA"], verdicts.Where(v => v.Direction == TrendDirection.Rising).Select(v => v.Key));
        Assert.DoesNotContain(verdicts, v => v.Direction == TrendDirection.Falling);
    }

    [Fact]
    public void SpikeUnderTheMinimumCount_IsNotJudged()
    {
        var verdict = TrendTest.Judge(SeedWeeks, Options).Single(v => v.Key == "DATA_ANALYTICS");

        Assert.Equal(TrendDirection.TooFew, verdict.Direction);
        Assert.Null(verdict.PValue);
    }

    [Fact]
    public void SignificantButSmallChange_IsSteady()
    {
        // 1,150 against 1,000 a week: p is tiny at these counts, but 1.15× is under the minimum ratio of 1.5.
        var verdict = TrendTest.Judge([Topic("A", 1150, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000)], Options).Single();

        Assert.True(verdict.AdjustedPValue < 0.001);
        Assert.Equal(TrendDirection.Steady, verdict.Direction);
    }

    [Fact]
    public void LargeDrop_Falls()
    {
        var verdict = TrendTest.Judge([Topic("A", 5, 30, 28, 31, 29, 30, 32, 27, 33)], Options).Single();

        Assert.Equal(TrendDirection.Falling, verdict.Direction);
        Assert.Equal(5 / 30.0, verdict.RateRatio!.Value, 1e-9);
    }

    [Fact]
    public void BorderlineRise_IsFlaggedAlone_ButNotAmongTwelve()
    {
        // p ≈ 0.01 alone: significant at 0.05, not after correcting for 12 topics tested together.
        var rise = Topic("A", 33, 20, 20, 20, 20, 20, 20, 20, 20);
        var flat = Enumerable.Range(0, 11).Select(i => Topic($"F{i}", 20, 20, 20, 20, 20, 20, 20, 20, 20)).ToArray();

        Assert.Equal(TrendDirection.Rising, TrendTest.Judge([rise], Options).Single().Direction);
        Assert.Equal(TrendDirection.Steady, TrendTest.Judge([rise, .. flat], Options)[0].Direction);
    }

    [Fact]
    public void RiseFromNothing_RisesWithoutARatio()
    {
        var verdict = TrendTest.Judge([Topic("A", 25, 0, 0, 0, 0, 0, 0, 0, 0)], Options).Single();

        Assert.Equal(TrendDirection.Rising, verdict.Direction);
        Assert.Null(verdict.RateRatio);
    }

    [Fact]
    public void WrongNumberOfBaselinePeriods_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => TrendTest.Judge([Topic("A", 1, 1, 2)], Options));

        Assert.Contains("'A' has 2 baseline periods, not 8", error.Message);
    }

    [Fact]
    public void BadOptions_AreRefusedNamingTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() => TrendTest.Judge([], Options with { Alpha = 0 }));

        Assert.Contains("Alpha must be above 0 and below 1", error.Message);
    }
}
