using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Classification;

/// <summary>
/// One of the classifier's softmax models (topic or direction): its labels, its weights over the
/// shared <see cref="FeatureSpace"/>, and how it normalizes a note's vector. Immutable and thread-safe.
/// <see cref="NoteClassifier"/> scores both models in one pass over the note; <see cref="Predict"/>
/// scores this model alone, the straightforward way (a reference for tests and the stage profile).
/// </summary>
public sealed class TextModel
{
    [ThreadStatic]
    private static PredictScratch? t_scratch;

    public TextModel(IReadOnlyList<string> labels, FeatureSpace features, SoftmaxWeights weights, double? charShare)
    {
        if (labels.Count != weights.Classes)
        {
            throw new ArgumentException("There must be one label per class of the weights.", nameof(labels));
        }

        if (features.Rows != weights.Rows)
        {
            throw new ArgumentException("The weights must have one row per feature of the space.", nameof(weights));
        }

        Labels = labels.ToArray();
        Features = features;
        Weights = weights;
        CharShare = charShare;
    }

    public IReadOnlyList<string> Labels { get; }

    public FeatureSpace Features { get; }

    public SoftmaxWeights Weights { get; }

    /// <summary>How the note's vector is normalized: null = one norm; else the character n-grams' share of it (see <see cref="FeatureSpace.Scales"/>).</summary>
    public double? CharShare { get; }

    /// <summary>Writes the probability of every label (in <see cref="Labels"/> order) into <paramref name="probabilities"/>.</summary>
    public void Predict(NoteTokens note, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"Expected a span of {Labels.Count} probabilities.", nameof(probabilities));
        }

        var scratch = t_scratch ??= new PredictScratch();
        scratch.Counts.Clear();
        var sink = new CountingSink(scratch.Counts);
        FeatureExtractor.Extract(note, Features.Options, ref sink);
        scratch.EnsureCapacity(scratch.Counts.Count);
        var written = Features.Vectorize(scratch.Counts.Buckets, scratch.Counts.Counts, CharShare, scratch.Rows, scratch.Values);
        Weights.Predict(scratch.Rows.AsSpan(0, written), scratch.Values.AsSpan(0, written), probabilities);
    }

    private sealed class PredictScratch
    {
        public FeatureCounts Counts { get; } = new();

        public int[] Rows { get; private set; } = new int[2048];

        public float[] Values { get; private set; } = new float[2048];

        public void EnsureCapacity(int count)
        {
            if (Rows.Length < count)
            {
                Rows = new int[count * 2];
                Values = new float[count * 2];
            }
        }
    }
}
