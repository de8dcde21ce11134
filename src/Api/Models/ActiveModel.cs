using MentorGraph.Analytics.Classification;

namespace MentorGraph.Api.Models;

/// <summary>
/// The classifier every note is classified with now, and its version — the key of its row in
/// <c>classifier_models</c> and what results record as their <c>model_version</c>. Immutable: an activation
/// replaces the whole record, so a batch that took one classifies all its notes with one model.
/// </summary>
public sealed record ActiveModel(NoteClassifier Classifier, string Version, DateTimeOffset LoadedAt);
