using MentorGraph.Analytics.Records;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests;

public class TaxonomyTests
{
    [Fact]
    public void TopicEnumName_IsUpperCaseWithUnderscores()
    {
        Assert.Equal(
            ["SOCIAL_MEDIA", "DIGITAL_MARKETING", "EMERGING_TECH", "DATA_ANALYTICS", "CUSTOMER_INSIGHT", "COMPETITIVE_LANDSCAPE",
             "BUSINESS_FUNDAMENTALS", "LEADERSHIP", "COMMUNICATION", "CAREER_GROWTH", "WORKPLACE_CULTURE", "PRODUCTIVITY_TOOLS"],
            Taxonomy.Topics.Select(Taxonomy.TopicEnumName));
    }

    [Fact]
    public void TryParseTopic_EverySlugAndEnumName_GivesTheSlug()
    {
        foreach (var slug in Taxonomy.Topics)
        {
            Assert.True(Taxonomy.TryParseTopic(slug, out var fromSlug));
            Assert.True(Taxonomy.TryParseTopic(Taxonomy.TopicEnumName(slug), out var fromEnumName));
            Assert.Equal(slug, fromSlug);
            Assert.Equal(slug, fromEnumName);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Social-Media")]
    [InlineData("socialMedia")]
    [InlineData("SocialMedia")]
    [InlineData("gardening")]
    public void TryParseTopic_OtherText_IsNoTopic(string? value)
    {
        Assert.False(Taxonomy.TryParseTopic(value, out var slug));
        Assert.Null(slug);
    }

    [Theory]
    [InlineData("UPWARD", true)]
    [InlineData("DOWNWARD", true)]
    [InlineData("MUTUAL", true)]
    [InlineData("upward", false)]
    [InlineData("Mutual", false)]
    [InlineData(null, false)]
    public void TryParseDirection_IsTheApiEnumNameExactly(string? value, bool known)
    {
        Assert.Equal(known, Taxonomy.TryParseDirection(value, out var direction));
        Assert.Equal(known ? value : null, direction);
    }

    [Fact]
    public void LabeledNotes_TopicsAsEnumNames_AreTheSameTrainingSetAsWithSlugs()
    {
        static string Line(int i, string topic) =>
            $$"""{"id":"n{{i}}","text":"Note {{i}}","authorRole":"JUNIOR","topic":"{{topic}}","direction":"MUTUAL"}""";
        var withSlugs = string.Join('\n', Taxonomy.Topics.Select((t, i) => Line(i, t)));
        var withEnumNames = string.Join('\n', Taxonomy.Topics.Select((t, i) => Line(i, Taxonomy.TopicEnumName(t))));

        var fromSlugs = LabeledNotesFile.Read(new StringReader(withSlugs), new RecordLimits()).Notes;
        var fromEnumNames = LabeledNotesFile.Read(new StringReader(withEnumNames), new RecordLimits()).Notes;

        Assert.Equal(12, fromEnumNames.Count);
        Assert.Equal(fromSlugs, fromEnumNames);
        Assert.Equal(TrainingSetHash.Compute(fromSlugs), TrainingSetHash.Compute(fromEnumNames));
    }
}
