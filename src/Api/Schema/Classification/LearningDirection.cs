using MentorGraph.Analytics;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>Who taught whom in a session note: the GraphQL enum <c>LearningDirection</c>.</summary>
public enum LearningDirection
{
    Upward,
    Downward,
    Mutual,
}

internal static class LearningDirections
{
    /// <summary>The direction of a classifier label (<see cref="Taxonomy.Directions"/>); false for any other text.</summary>
    public static bool TryFromLabel(string label, out LearningDirection direction)
    {
        (var known, direction) = label switch
        {
            Taxonomy.Upward => (true, LearningDirection.Upward),
            Taxonomy.Downward => (true, LearningDirection.Downward),
            Taxonomy.Mutual => (true, LearningDirection.Mutual),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The direction of a classifier label; an unknown label means the model and the API disagree.</summary>
    public static LearningDirection FromLabel(string label) =>
        TryFromLabel(label, out var direction)
            ? direction
            : throw new InvalidOperationException($"The classifier returned the direction '{label}', which the API does not know.");
}
