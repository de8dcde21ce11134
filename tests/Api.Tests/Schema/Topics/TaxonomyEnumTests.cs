using MentorGraph.Analytics;
using MentorGraph.Api.Schema;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Tests.Schema.Topics;

/// <summary>The SDL enum TopicId is the contract; the taxonomy in code is the one definition. The build keeps them equal.</summary>
public class TaxonomyEnumTests
{
    private const string LastValue = """"

          """Everyday work software and workflow shortcuts."""
          PRODUCTIVITY_TOOLS
        """";

    private static readonly ClassifierSource NeverLoaded = new(() => throw new InvalidOperationException("must not load"), TimeProvider.System);

    private static SchemaBuildException BuildWith(string sdl) =>
        Assert.Throws<SchemaBuildException>(() => ApiSchema.Build(sdl, NeverLoaded, TimeProvider.System));

    [Fact]
    public void ServedTopicIdEnum_HasOneValuePerTaxonomyTopic_WhichIsThatTopic()
    {
        var topicId = Assert.IsType<EnumType>(ApiSchema.BuildDefault().GetType("TopicId"));

        Assert.Equal(Taxonomy.TopicDefinitions.Select(t => t.Name), topicId.Values.Select(v => v.Name));
        Assert.All(Taxonomy.TopicDefinitions, t => Assert.Same(t, topicId.GetValue(t.Name)!.Value));
    }

    [Fact]
    public void TaxonomyTopicMissingFromTheSdl_FailsTheBuildNamingTheTopic()
    {
        var sdl = Without(ApiSchema.Sdl, LastValue);

        var error = Assert.Single(BuildWith(sdl).Errors);

        Assert.Equal(
            "Enum \"TopicId\" does not define \"PRODUCTIVITY_TOOLS\", which the taxonomy (Analytics' Taxonomy.TopicDefinitions) has: "
            + "the SDL and the taxonomy (Analytics' Taxonomy.TopicDefinitions) must list the same values.",
            error.Message);
    }

    [Fact]
    public void SdlValueMissingFromTheTaxonomy_FailsTheBuildNamingTheValueAndItsLine()
    {
        var sdl = ApiSchema.Sdl.Replace(LastValue.TrimStart('\n'), LastValue.TrimStart('\n') + "\n\n  \"\"\"Gardens.\"\"\"\n  GARDENING", StringComparison.Ordinal);
        Assert.NotEqual(ApiSchema.Sdl, sdl);

        var error = Assert.Single(BuildWith(sdl).Errors);

        Assert.Equal(
            "Enum value \"TopicId.GARDENING\" has no entry in the taxonomy (Analytics' Taxonomy.TopicDefinitions): "
            + "the SDL and the taxonomy (Analytics' Taxonomy.TopicDefinitions) must list the same values.",
            error.Message);
        var line = sdl[..sdl.IndexOf("  GARDENING", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(line, Assert.Single(error.Locations).Line);
    }

    private static string Without(string text, string part)
    {
        Assert.Contains(part, text);
        return text.Replace(part, string.Empty, StringComparison.Ordinal);
    }
}
