using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>The training settings of the default model, chosen by cross-validation on the corpus (see docs/classifier.md).</summary>
public static class DefaultClassifierOptions
{
    public static ClassifierOptions Value { get; } = new();
}
