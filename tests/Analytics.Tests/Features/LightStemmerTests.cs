using MentorGraph.Analytics.Features;

namespace MentorGraph.Analytics.Tests.Features;

public class LightStemmerTests
{
    [Theory]
    [InlineData("dashboards", "dashboard")]
    [InlineData("companies", "company")]
    [InlineData("businesses", "business")]
    [InlineData("posting", "post")]
    [InlineData("posted", "post")]
    [InlineData("campus", "campus")]
    [InlineData("analysis", "analysis")]
    [InlineData("class", "class")]
    [InlineData("reels", "reel")]
    [InlineData("sing", "sing")]
    [InlineData("[senior]", "[senior]")]
    public void Stem_StripsCommonSuffixesOnlyWhenEnoughRemains(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.StemToString(word));
    }

    [Fact]
    public void WordHash_OfStemWithEnding_EqualsHashOfTheStemWord()
    {
        var (length, ending) = LightStemmer.Stem("companies");
        Assert.Equal(FeatureHashing.Word("company"), FeatureHashing.Word("companies".AsSpan(0, length), ending));
    }
}
