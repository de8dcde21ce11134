namespace MentorGraph.Analytics.Retraining;

/// <summary>
/// A note whose topic and direction a person set (a correction or a confirmation of the model), as
/// plain values: the host reads them from wherever it keeps them. <see cref="Group"/> ties together
/// notes that must land on the same side of the held-out split — the notes of one session describe the
/// same conversation, so a model trained on one of them would be judged on a near copy of it.
/// </summary>
public sealed record PersonLabeledNote(LabeledNote Labeled, string Group);
