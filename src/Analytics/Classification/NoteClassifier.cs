using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;
using Microsoft.ML.Data;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// The trained note classifier: ML.NET models over our featurization. The topic comes from two
/// multinomial logistic regressions whose probabilities are averaged — one over the note's word and
/// character n-grams, one over its sentence embedding (when the model has one) — the direction from one
/// over the n-grams. The n-grams are read once per note for both n-gram models. Immutable and
/// thread-safe: classify from any number of threads at once.
/// </summary>
public sealed class NoteClassifier
{
    private readonly NoteFeaturizer _featurizer;

    internal NoteClassifier(
        ModelMetadata metadata, FeatureSpace space, MaxEntModel topic, MaxEntModel direction, MaxEntModel? embeddingTopic, NoteEmbedder? embedder)
    {
        if (!topic.Labels.SequenceEqual(metadata.Topics) || !direction.Labels.SequenceEqual(metadata.Directions) ||
            (embeddingTopic is not null && !embeddingTopic.Labels.SequenceEqual(metadata.Topics)))
        {
            throw new ArgumentException("The models' labels must match the metadata's.");
        }

        if (topic.Dimension != space.Rows || direction.Dimension != space.Rows)
        {
            throw new ArgumentException("The n-gram models must read the feature space's rows.");
        }

        if (embeddingTopic is not null)
        {
            if (embedder is null || embedder.Model != metadata.EmbeddingModel || embedder.Dimensions != embeddingTopic.Dimension)
            {
                throw new ArgumentException(
                    $"This classifier reads '{metadata.EmbeddingModel}' sentence embeddings; give it a NoteEmbedder of that model.", nameof(embedder));
            }
        }

        Metadata = metadata;
        Features = space;
        TopicModel = topic;
        DirectionModel = direction;
        EmbeddingTopicModel = embeddingTopic;
        Embedder = embeddingTopic is null ? null : embedder;
        _featurizer = new NoteFeaturizer(space);
    }

    public ModelMetadata Metadata { get; }

    /// <summary>The feature space both n-gram models read.</summary>
    public FeatureSpace Features { get; }

    /// <summary>The topic labels, in the order of <see cref="NoteClassification.TopicProbabilities"/>.</summary>
    public IReadOnlyList<string> Topics => Metadata.Topics;

    /// <summary>The direction labels, in the order of <see cref="NoteClassification.DirectionProbabilities"/>.</summary>
    public IReadOnlyList<string> Directions => Metadata.Directions;

    /// <summary>Whether the topic also reads the note's sentence embedding (then <see cref="Embedder"/> computes it).</summary>
    public bool UsesEmbeddings => EmbeddingTopicModel is not null;

    /// <summary>Computes (or finds) the notes' sentence embeddings; null when the classifier reads none.</summary>
    public NoteEmbedder? Embedder { get; }

    internal MaxEntModel TopicModel { get; }

    internal MaxEntModel DirectionModel { get; }

    internal MaxEntModel? EmbeddingTopicModel { get; }

    internal NoteFeaturizer Featurizer => _featurizer;

    public NoteTokens Normalize(Note note) => RoleNormalizer.Normalize(note, Metadata.Options.Roles);

    /// <summary>The probabilities of every topic and every direction, without decisions or evidence.</summary>
    public void PredictProbabilities(Note note, Span<float> topicProbabilities, Span<float> directionProbabilities)
    {
        ArgumentNullException.ThrowIfNull(note);
        var embedding = UsesEmbeddings ? Embedder!.Embed(note) : null;
        Score(note, embedding, explain: false, topicProbabilities, directionProbabilities);
    }

    public NoteClassification Classify(Note note, ClassifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        return Classify(note, UsesEmbeddings ? Embedder!.Embed(note) : null, options ?? new ClassifyOptions());
    }

    /// <summary>
    /// Classifies many notes: the embeddings not yet known are computed first, in batches of similar
    /// length (much faster than one by one), then each note is classified.
    /// </summary>
    public IReadOnlyList<NoteClassification> ClassifyMany(IReadOnlyList<Note> notes, ClassifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(notes);
        options ??= new ClassifyOptions();
        var embeddings = UsesEmbeddings ? Embedder!.EmbedMany(notes) : null;
        var results = new NoteClassification[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            results[i] = Classify(notes[i], embeddings?[i], options);
        }

        return results;
    }

    private NoteClassification Classify(Note note, float[]? embedding, ClassifyOptions options)
    {
        var topicProbabilities = new float[Topics.Count];
        var directionProbabilities = new float[Directions.Count];
        Score(note, embedding, explain: true, topicProbabilities, directionProbabilities);
        var topicIndex = ArgMax(topicProbabilities);
        var directionIndex = ArgMax(directionProbabilities);

        var topicEvidence = new List<(string Ngram, float Weight)>(options.EvidencePerModel);
        var directionEvidence = new List<(string Ngram, float Weight)>(options.EvidencePerModel);
        _featurizer.Explain(TopicModel, Metadata.Options.TopicCharShare, direction: false, topicIndex, options.EvidencePerModel, topicEvidence);
        _featurizer.Explain(DirectionModel, Metadata.Options.DirectionCharShare, direction: true, directionIndex, options.EvidencePerModel, directionEvidence);
        var evidence = new List<Evidence>(topicEvidence.Count + directionEvidence.Count);
        foreach (var (ngram, weight) in topicEvidence)
        {
            evidence.Add(new Evidence(ngram, Topics[topicIndex], weight));
        }

        foreach (var (ngram, weight) in directionEvidence)
        {
            evidence.Add(new Evidence(ngram, Directions[directionIndex], weight));
        }

        var topics = SecondaryTopics(topicProbabilities, topicIndex, options.SecondaryTopicThreshold);
        var needsReview = topicProbabilities[topicIndex] < options.TopicReviewThreshold ||
                          directionProbabilities[directionIndex] < options.DirectionReviewThreshold;

        return new NoteClassification(
            Topics[topicIndex],
            topicProbabilities[topicIndex],
            topics,
            Directions[directionIndex],
            directionProbabilities[directionIndex],
            needsReview,
            evidence,
            topicProbabilities,
            directionProbabilities)
        {
            Embedding = embedding is null ? null : new NoteEmbedding(Embedder!.Model, embedding),
        };
    }

    /// <summary>Both n-gram models on one reading of the note, the embedding model on the embedding, the topic averaged.</summary>
    private void Score(Note note, float[]? embedding, bool explain, Span<float> topic, Span<float> direction)
    {
        var tokens = Normalize(note);
        var scratch = _featurizer.Read(tokens, explain);
        TopicModel.Predict(_featurizer.Vector(scratch, Metadata.Options.TopicCharShare, direction: false), topic);
        DirectionModel.Predict(_featurizer.Vector(scratch, Metadata.Options.DirectionCharShare, direction: true), direction);
        if (EmbeddingTopicModel is not null)
        {
            if (embedding is null || embedding.Length != EmbeddingTopicModel.Dimension)
            {
                throw new ArgumentException("The note's embedding is missing or of another length.", nameof(embedding));
            }

            Span<float> fromEmbedding = stackalloc float[topic.Length];
            EmbeddingTopicModel.Predict(new VBuffer<float>(embedding.Length, embedding), fromEmbedding);
            Mix(topic, fromEmbedding, (float)Metadata.Options.EmbeddingShare, Metadata.Options.TopicMixing);
        }
    }

    /// <summary>Combines <paramref name="first"/> (weight 1 − share) with <paramref name="second"/> (weight share), into <paramref name="first"/>.</summary>
    internal static void Mix(Span<float> first, ReadOnlySpan<float> second, float share, ProbabilityMixing mixing)
    {
        if (mixing == ProbabilityMixing.Arithmetic)
        {
            for (var c = 0; c < first.Length; c++)
            {
                first[c] = ((1 - share) * first[c]) + (share * second[c]);
            }

            return;
        }

        var max = double.NegativeInfinity;
        Span<double> logs = stackalloc double[first.Length];
        for (var c = 0; c < first.Length; c++)
        {
            logs[c] = ((1 - share) * Math.Log(Math.Max(first[c], 1e-30f))) + (share * Math.Log(Math.Max(second[c], 1e-30f)));
            max = Math.Max(max, logs[c]);
        }

        var sum = 0.0;
        for (var c = 0; c < first.Length; c++)
        {
            logs[c] = Math.Exp(logs[c] - max);
            sum += logs[c];
        }

        for (var c = 0; c < first.Length; c++)
        {
            first[c] = (float)(logs[c] / sum);
        }
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
            topics[i] = new TopicProbability(Topics[chosen[i]], probabilities[chosen[i]]);
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
