namespace MentorGraph.Api.Schema.Topics;

/// <summary>The GraphQL type <c>Topic</c>: one topic of the taxonomy.</summary>
/// <param name="Id">The enum identifier.</param>
/// <param name="Slug">The taxonomy's slug, as the classifier labels notes (e.g. <c>social-media</c>).</param>
/// <param name="Title">A short name for people.</param>
/// <param name="Covers">What the topic covers, from the taxonomy.</param>
public sealed record TopicInfo(TopicId Id, string Slug, string Title, string Covers);
