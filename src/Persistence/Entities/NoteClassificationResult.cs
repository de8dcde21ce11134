namespace MentorGraph.Persistence.Entities;

/// <summary>
/// One model's result for one text of a note (table <c>note_classifications</c>), keyed by note, model version and
/// the text's SHA-256: written once, never changed. <see cref="TopicsJson"/> and <see cref="EvidenceJson"/> are the
/// secondary topics and the evidence as JSON (their shape is in the migration's comments; the API reads them).
/// </summary>
public sealed class NoteClassificationResult
{
    public long NoteId { get; set; }

    public SessionNote Note { get; set; } = null!;

    public string ModelVersion { get; set; } = "";

    public byte[] TextSha256 { get; set; } = [];

    public string TopicId { get; set; } = "";

    public float TopicProbability { get; set; }

    /// <summary><c>[{"topic": "SOCIAL_MEDIA", "probability": 0.81}, ...]</c>, most probable first.</summary>
    public string TopicsJson { get; set; } = "[]";

    public NoteDirection Direction { get; set; }

    public float DirectionProbability { get; set; }

    public bool NeedsReview { get; set; }

    /// <summary><c>[{"ngram": "...", "supports": "SOCIAL_MEDIA", "weight": 1.2}, ...]</c>.</summary>
    public string EvidenceJson { get; set; } = "[]";

    public DateTimeOffset ClassifiedAt { get; set; }
}
