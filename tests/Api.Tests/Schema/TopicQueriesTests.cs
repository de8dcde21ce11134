using MentorGraph.Analytics;

namespace MentorGraph.Api.Tests.Schema;

public class TopicQueriesTests
{
    private readonly ApiSchemaHarness _api = new();

    [Fact]
    public async Task Topics_ListsEveryTaxonomyTopicInTaxonomyOrder()
    {
        var response = await _api.RunAsync("{ topics { id slug title covers } }");

        var topics = response.GetProperty("data").GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(Taxonomy.Topics, topics.Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal("SOCIAL_MEDIA", topics[0].GetProperty("id").GetString());
        Assert.Equal("PRODUCTIVITY_TOOLS", topics[^1].GetProperty("id").GetString());
        Assert.All(topics, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("covers").GetString())));
    }

    [Fact]
    public async Task Topic_ById_ReturnsThatTopic()
    {
        var response = await _api.RunAsync("query($id: TopicId!) { topic(id: $id) { id slug title } }", """{"id": "BUSINESS_FUNDAMENTALS"}""");

        var topic = response.GetProperty("data").GetProperty("topic");
        Assert.Equal("BUSINESS_FUNDAMENTALS", topic.GetProperty("id").GetString());
        Assert.Equal("business-fundamentals", topic.GetProperty("slug").GetString());
        Assert.Equal("Business fundamentals", topic.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Topic_UnknownId_IsAVariableCoercionError()
    {
        var response = await _api.RunAsync("query($id: TopicId!) { topic(id: $id) { slug } }", """{"id": "GARDENING"}""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Topic_ReturnsTheTaxonomysDefinition_TitleAndCovers()
    {
        var response = await _api.RunAsync("{ topic(id: CAREER_GROWTH) { id slug title covers } }");

        var definition = Taxonomy.FindTopic("career-growth")!;
        var topic = response.GetProperty("data").GetProperty("topic");
        Assert.Equal("CAREER_GROWTH", topic.GetProperty("id").GetString());
        Assert.Equal(definition.Title, topic.GetProperty("title").GetString());
        Assert.Equal(definition.Covers, topic.GetProperty("covers").GetString());
    }
}
