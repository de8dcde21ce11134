namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A topic of the taxonomy (table <c>topics</c>), reference data written only by migrations: equal to
/// Analytics' <c>Taxonomy.TopicDefinitions</c> (a test keeps them equal).
/// </summary>
public sealed class Topic
{
    /// <summary>The API's enum name, e.g. <c>SOCIAL_MEDIA</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The classifier's label, e.g. <c>social-media</c>.</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Covers { get; set; } = "";

    /// <summary>The taxonomy's order, from 1.</summary>
    public int Position { get; set; }
}
