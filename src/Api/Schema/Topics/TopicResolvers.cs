using MentorGraph.Analytics;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Schema.Topics;

/// <summary>
/// Resolvers of the topic taxonomy: <c>Query.topics</c>, <c>Query.topic</c>, the enum <c>TopicId</c> and the type
/// <c>Topic</c>, all from <see cref="Taxonomy.TopicDefinitions"/>, where topics are defined once. A
/// <c>TopicId</c> value is the topic itself (its <see cref="TopicDefinition"/>); the SDL still lists the values,
/// and the schema does not build when they and the taxonomy differ.
/// </summary>
internal static class TopicResolvers
{
    /// <summary>How build errors name the source of the TopicId values.</summary>
    public const string TaxonomyName = "the taxonomy (Analytics' Taxonomy.TopicDefinitions)";

    public static SchemaBuilder AddTopics(this SchemaBuilder builder) => builder
        .BindEnum("TopicId", Taxonomy.TopicDefinitions.ToDictionary(t => t.Name, StringComparer.Ordinal), TaxonomyName)
        .BindType<TopicDefinition>("Topic")
        .Resolve("Topic.id", context => context.Source)
        .Resolve("Query.topics", _ => Taxonomy.TopicDefinitions)
        .Resolve<TopicDefinition>("Query.topic", (topic, _) => topic);

    /// <summary>The topic of a classifier label; an unknown slug means the model and the taxonomy disagree.</summary>
    public static TopicDefinition FromSlug(string slug) =>
        Taxonomy.FindTopic(slug)
        ?? throw new InvalidOperationException($"The classifier returned the topic '{slug}', which the taxonomy does not know.");
}
