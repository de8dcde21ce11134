using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Schema.Labels;

/// <summary>
/// A row of <c>reviewQueue</c>: a note and the model result its label came from — a projection of the query,
/// which pages it by (<see cref="Confidence"/>, <see cref="NoteId"/>).
/// </summary>
public sealed class ReviewItem
{
    public long NoteId { get; init; }

    /// <summary>The lower of the two probabilities.</summary>
    public float Confidence { get; init; }

    public SessionNote Note { get; init; } = null!;

    public string TopicId { get; init; } = "";

    public float TopicProbability { get; init; }

    public NoteDirection Direction { get; init; }

    public float DirectionProbability { get; init; }

    public string ModelVersion { get; init; } = "";
}
