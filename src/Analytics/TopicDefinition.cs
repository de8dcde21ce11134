namespace MentorGraph.Analytics;

/// <summary>
/// One topic of the taxonomy (the shared TAXONOMY.md), defined once in <see cref="Taxonomy.TopicDefinitions"/>:
/// the classifier labels notes with its slug, and the API shows all of it (its <c>TopicId</c> enum and
/// <c>Topic</c> type are derived from this list).
/// </summary>
/// <param name="Slug">The label the classifier and the corpus use, e.g. <c>social-media</c>.</param>
/// <param name="Title">A short name for people, e.g. <c>Social media</c>.</param>
/// <param name="Covers">What the topic covers, in the taxonomy's words.</param>
public sealed record TopicDefinition(string Slug, string Title, string Covers)
{
    /// <summary>
    /// The slug in upper snake case (<c>social-media</c> → <c>SOCIAL_MEDIA</c>): the topic's name where a
    /// name must be an identifier, as in the API's enum <c>TopicId</c>. Derived, so it cannot disagree with the slug.
    /// </summary>
    public string Name => Slug.ToUpperInvariant().Replace('-', '_');
}
