using MentorGraph.Analytics;

namespace MentorGraph.Api.Schema.Common;

/// <summary>The taxonomy's topics by the id the rows store (<c>SOCIAL_MEDIA</c>), the values of the GraphQL enum <c>TopicId</c>.</summary>
public static class TopicIds
{
    private static readonly Dictionary<string, (TopicDefinition Topic, int Position)> ById =
        Taxonomy.TopicDefinitions.Select((topic, i) => (topic, i)).ToDictionary(t => t.topic.Name, t => (t.topic, t.i), StringComparer.Ordinal);

    /// <summary>The topic stored as <paramref name="id"/>; the topics table equals the taxonomy (a test keeps them equal).</summary>
    public static TopicDefinition Topic(string id) =>
        ById.TryGetValue(id, out var entry) ? entry.Topic : throw new InvalidOperationException($"The topic '{id}' is not in the taxonomy.");

    /// <summary>The topics stored as <paramref name="ids"/>, in the taxonomy's order.</summary>
    public static IReadOnlyList<TopicDefinition> InOrder(IEnumerable<string> ids) =>
        [.. ids.Distinct().Select(id => ById[id]).OrderBy(e => e.Position).Select(e => e.Topic)];
}
