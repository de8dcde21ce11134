namespace MentorGraph.Persistence.Models;

/// <summary>A model's scores on one set of notes, as stored (<c>dev_*</c>, <c>held_out_*</c>).</summary>
public sealed record StoredScores(double TopicMacroF1, double DirectionAccuracy, int Notes);

/// <summary>
/// A model to store: the package bytes (Analytics' ModelPackage zip) and what <c>classifier_models</c> keeps
/// beside them. The store decides its status (see <see cref="ModelStore"/>).
/// </summary>
/// <param name="Metadata">The package's metadata.json.</param>
/// <param name="ComparedWith">The version that was active when this one was judged; null for the first model.</param>
public sealed record NewModel(
    string Version,
    byte[] Package,
    string Metadata,
    int TrainingNotes,
    int PersonLabels,
    string Reason,
    StoredScores? Development,
    StoredScores? HeldOut,
    string? ComparedWith);
