namespace MentorGraph.Persistence.Entities;

/// <summary>
/// A version of the note classifier (table <c>classifier_models</c>): its package (the zip Analytics reads),
/// metadata, scores, status and why. At most one is <see cref="ModelStatus.Active"/>
/// (<c>classifier_models_one_active</c>). Written through <see cref="Models.ModelStore"/>.
/// </summary>
public sealed class ClassifierModel
{
    public string Version { get; set; } = "";

    /// <summary>The ModelPackage zip; large (megabytes) — list queries leave it out.</summary>
    public byte[] Package { get; set; } = [];

    public string PackageSha256 { get; set; } = "";

    /// <summary>The package's metadata.json.</summary>
    public string Metadata { get; set; } = "";

    public int TrainingNotes { get; set; }

    public int PersonLabels { get; set; }

    public ModelStatus Status { get; set; }

    public string Reason { get; set; } = "";

    public double? DevTopicMacroF1 { get; set; }

    public double? DevDirectionAccuracy { get; set; }

    public int? DevNotes { get; set; }

    public double? HeldOutTopicMacroF1 { get; set; }

    public double? HeldOutDirectionAccuracy { get; set; }

    public int? HeldOutNotes { get; set; }

    /// <summary>The version that was active when this model was judged against it.</summary>
    public string? ComparedWith { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
