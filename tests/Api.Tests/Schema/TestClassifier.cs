using MentorGraph.Analytics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Api.Tests.Schema;

/// <summary>
/// A small classifier trained once per test run from four notes per topic (one per direction and author),
/// so the API tests do not depend on the built-in corpus.
/// </summary>
public static class TestClassifier
{
    private static IReadOnlyDictionary<string, string> TopicWords => SampleTopicPhrases.ByTopic;

    private static readonly Lazy<NoteClassifier> Shared = new(Train);

    public static NoteClassifier Get() => Shared.Value;

    private static NoteClassifier Train()
    {
        var notes = new List<LabeledNote>();
        foreach (var (topic, words) in TopicWords)
        {
            notes.Add(Labeled($"I showed Tom {words}. He had not seen it before.", ParticipantRole.Junior, topic, Taxonomy.Upward));
            notes.Add(Labeled($"Tom walked me through {words} and I took notes.", ParticipantRole.Junior, topic, Taxonomy.Downward));
            notes.Add(Labeled($"Maya explained {words} to me.", ParticipantRole.Senior, topic, Taxonomy.Upward));
            notes.Add(Labeled($"We swapped: I taught Maya {words}, she taught me hers.", ParticipantRole.Senior, topic, Taxonomy.Mutual));
        }

        var features = new FeatureOptions { HashBits = 14 };
        return ClassifierTrainer.Train(notes, new ClassifierOptions
        {
            Features = features,
        });

        LabeledNote Labeled(string text, ParticipantRole author, string topic, string direction) =>
            new($"n{notes.Count}", new Note(text, author, "Tom Baker", "Maya Lopez"), topic, direction);
    }
}
