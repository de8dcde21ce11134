using MentorGraph.Analytics;

namespace MentorGraph.Api.Schema.Insights;

/// <summary>The GraphQL type <c>TopicTrend</c>.</summary>
public sealed record TopicTrendView(
    TopicDefinition Topic, bool Trending, bool Falling, double? Score, string? Reason, int? Upward, int? Downward, int? Mutual, IReadOnlyList<TrendPointView> Series);

/// <summary>The GraphQL type <c>TrendPoint</c>: a period's start and its notes (null: suppressed).</summary>
public sealed record TrendPointView(DateOnly Start, int? Notes);
