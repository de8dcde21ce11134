using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Schema.Topics;

/// <summary>Resolvers of the topic taxonomy: <c>Query.topics</c>, <c>Query.topic</c> and the <c>Topic</c> type.</summary>
internal static class TopicResolvers
{
    public static SchemaBuilder AddTopics(this SchemaBuilder builder) => builder
        .BindEnum<TopicId>("TopicId")
        .BindType<TopicInfo>("Topic")
        .Resolve("Query.topics", _ => TopicCatalog.All)
        .Resolve("Query.topic", context => TopicCatalog.Get((TopicId)context.Arguments["id"]!));
}
