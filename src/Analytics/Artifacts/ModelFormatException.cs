namespace MentorGraph.Analytics.Artifacts;

/// <summary>A model file that is not a model, is damaged, or is of another version.</summary>
public sealed class ModelFormatException(string message, Exception? inner = null) : Exception(message, inner);
