using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Models;

/// <summary>
/// The labelled notes every challenger trains on besides the person labels: the built-in corpus
/// (<see cref="EmbeddedCorpus"/>). A singleton, so tests can train on a few notes instead.
/// </summary>
public sealed class RetrainingCorpus(Func<IReadOnlyList<Analytics.LabeledNote>> notes)
{
    public static RetrainingCorpus BuiltIn { get; } = new(EmbeddedCorpus.Read);

    public IReadOnlyList<Analytics.LabeledNote> Notes => notes();
}
