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
        var explained = new List<(string Ngram, float Weight)>(options.EvidencePerModel);
        var evidence = new List<Evidence>(options.EvidencePerModel * 2);

        // Each model's features are extracted once; its evidence comes from the same pass.
        Topic.PredictForExplanation(tokens, topicProbabilities);
        var topicIndex = ArgMax(topicProbabilities);
        Topic.ExplainLastPrediction(topicIndex, options.EvidencePerModel, explained);
        foreach (var (ngram, weight) in explained)
        {
            evidence.Add(new Evidence(ngram, Topic.Labels[topicIndex], weight));
        }

        explained.Clear();
        Direction.PredictForExplanation(tokens, directionProbabilities);
        var directionIndex = ArgMax(directionProbabilities);
        Direction.ExplainLastPrediction(directionIndex, options.EvidencePerModel, explained);
        foreach (var (ngram, weight) in explained)
        {
            evidence.Add(new Evidence(ngram, Direction.Labels[directionIndex], weight));
        }

        var topics = SecondaryTopics(topicProbabilities, topicIndex, options.SecondaryTopicThreshold);
        var needsReview = topicProbabilities[topicIndex] < options.TopicReviewThreshold ||
                          directionProbabilities[directionIndex] < options.DirectionReviewThreshold;

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

    /// <summary>The primary topic, then every other topic with probability at or above the threshold, most probable first.</summary>
    private TopicProbability[] SecondaryTopics(float[] probabilities, int primary, float threshold)
    {
        var count = 0;
        Span<int> chosen = stackalloc int[probabilities.Length];
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (i == primary || probabilities[i] >= threshold)
            {
                // Insertion by probability (descending), index ascending on ties.
                var at = count++;
                while (at > 0 && probabilities[chosen[at - 1]] < probabilities[i])
                {
                    chosen[at] = chosen[at - 1];
                    at--;
                }

                chosen[at] = i;
            }
        }

        var topics = new TopicProbability[count];
        for (var i = 0; i < count; i++)
        {
            topics[i] = new TopicProbability(Topic.Labels[chosen[i]], probabilities[chosen[i]]);
        }

        return topics;
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
