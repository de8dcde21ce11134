using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// The trained note classifier: one softmax model for the topic, one for the direction of learning,
/// both reading the role-normalized note. Immutable and thread-safe: classify from any number of
/// threads at once.
/// </summary>
public sealed class NoteClassifier
{
    public NoteClassifier(ModelMetadata metadata, TextModel topic, TextModel direction)
    {
        if (!topic.Labels.SequenceEqual(metadata.Topics) || !direction.Labels.SequenceEqual(metadata.Directions))
        {
            throw new ArgumentException("The models' labels must match the metadata's.");
        }

        Metadata = metadata;
        Topic = topic;
        Direction = direction;
    }

    public ModelMetadata Metadata { get; }

    public TextModel Topic { get; }

    public TextModel Direction { get; }

    public NoteTokens Normalize(Note note) => RoleNormalizer.Normalize(note, Metadata.Options.Roles);

    /// <summary>The probabilities of every topic and every direction, without decisions or evidence (the fast path).</summary>
    public void PredictProbabilities(Note note, Span<float> topicProbabilities, Span<float> directionProbabilities)
    {
        var tokens = Normalize(note);
        Topic.Predict(tokens, topicProbabilities);
        Direction.Predict(tokens, directionProbabilities);
    }

    public NoteClassification Classify(Note note, ClassifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        options ??= new ClassifyOptions();
        var tokens = Normalize(note);
        var topicProbabilities = new float[Topic.Labels.Count];
        var directionProbabilities = new float[Direction.Labels.Count];
        Topic.Predict(tokens, topicProbabilities);
        Direction.Predict(tokens, directionProbabilities);

        var topicIndex = ArgMax(topicProbabilities);
        var directionIndex = ArgMax(directionProbabilities);
        var topics = Enumerable.Range(0, topicProbabilities.Length)
            .Where(i => i == topicIndex || topicProbabilities[i] >= options.SecondaryTopicThreshold)
            .OrderByDescending(i => topicProbabilities[i])
            .ThenBy(i => i)
            .Select(i => new TopicProbability(Topic.Labels[i], topicProbabilities[i]))
            .ToArray();
        var needsReview = topicProbabilities[topicIndex] < options.TopicReviewThreshold ||
                          directionProbabilities[directionIndex] < options.DirectionReviewThreshold;

        var evidence = new List<Evidence>(options.EvidencePerModel * 2);
        foreach (var (ngram, weight) in Topic.Explain(tokens, topicIndex, options.EvidencePerModel))
        {
            evidence.Add(new Evidence(ngram, Topic.Labels[topicIndex], weight));
        }

        foreach (var (ngram, weight) in Direction.Explain(tokens, directionIndex, options.EvidencePerModel))
        {
            evidence.Add(new Evidence(ngram, Direction.Labels[directionIndex], weight));
        }

        return new NoteClassification(
            Topic.Labels[topicIndex],
            topicProbabilities[topicIndex],
            topics,
            Direction.Labels[directionIndex],
            directionProbabilities[directionIndex],
            needsReview,
            evidence,
            topicProbabilities,
            directionProbabilities);
    }

    internal static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
