using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// The trained note classifier: one softmax model for the topic, one for the direction of learning,
/// both reading the same features of the role-normalized note (extracted once per note). Immutable
/// and thread-safe: classify from any number of threads at once.
/// </summary>
public sealed class NoteClassifier
{
    private readonly NoteScorer _scorer;

    public NoteClassifier(ModelMetadata metadata, TextModel topic, TextModel direction)
        : this(metadata, topic, direction, scorer: null)
    {
    }

    /// <summary>As the public constructor, reusing a scorer already built over these two models (training has one).</summary>
    internal NoteClassifier(ModelMetadata metadata, TextModel topic, TextModel direction, NoteScorer? scorer)
    {
        if (!topic.Labels.SequenceEqual(metadata.Topics) || !direction.Labels.SequenceEqual(metadata.Directions))
        {
            throw new ArgumentException("The models' labels must match the metadata's.");
        }

        Metadata = metadata;
        Topic = topic;
        Direction = direction;
        if (!ReferenceEquals(topic.Features, direction.Features))
        {
            throw new ArgumentException("The topic and the direction model must read the same feature space.");
        }

        _scorer = scorer is null || !scorer.Scores(topic, direction) ? new NoteScorer(topic.Features, topic, direction) : scorer;
    }

    /// <summary>The feature space both models read.</summary>
    public FeatureSpace Features => Topic.Features;

    public ModelMetadata Metadata { get; }

    public TextModel Topic { get; }

    public TextModel Direction { get; }

    public NoteTokens Normalize(Note note) => RoleNormalizer.Normalize(note, Metadata.Options.Roles);

    /// <summary>The probabilities of every topic and every direction, without decisions or evidence (the fast path).</summary>
    public void PredictProbabilities(Note note, Span<float> topicProbabilities, Span<float> directionProbabilities)
    {
        ArgumentNullException.ThrowIfNull(note);
        _scorer.Score(Normalize(note), topicProbabilities, directionProbabilities, explain: false);
    }

    public NoteClassification Classify(Note note, ClassifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        options ??= new ClassifyOptions();
        var tokens = Normalize(note);
        var topicProbabilities = new float[Topic.Labels.Count];
        var directionProbabilities = new float[Direction.Labels.Count];
        var topicEvidence = new List<(string Ngram, float Weight)>(options.EvidencePerModel);
        var directionEvidence = new List<(string Ngram, float Weight)>(options.EvidencePerModel);

        // The note's features are extracted once for both models; the evidence comes from the same pass.
        _scorer.Score(tokens, topicProbabilities, directionProbabilities, explain: true);
        var topicIndex = ArgMax(topicProbabilities);
        var directionIndex = ArgMax(directionProbabilities);
        _scorer.ExplainLast(topicIndex, directionIndex, options.EvidencePerModel, topicEvidence, directionEvidence);
        var evidence = new List<Evidence>(topicEvidence.Count + directionEvidence.Count);
        foreach (var (ngram, weight) in topicEvidence)
        {
            evidence.Add(new Evidence(ngram, Topic.Labels[topicIndex], weight));
        }

        foreach (var (ngram, weight) in directionEvidence)
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
