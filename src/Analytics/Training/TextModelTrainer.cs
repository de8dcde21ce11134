using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>Builds one <see cref="TextModel"/>: feature space (buckets seen, IDF) from the examples, then softmax weights.</summary>
internal static class TextModelTrainer
{
    public static TextModel Train(
        IReadOnlyList<NoteTokens> notes,
        IReadOnlyList<int> labels,
        IReadOnlyList<string> labelNames,
        FeatureOptions featureOptions,
        TrainerOptions trainerOptions)
    {
        featureOptions.Validate();
        var counted = notes.Select(note => CountBuckets(note, featureOptions)).ToArray();
        var space = FeatureSpace.Build(featureOptions, counted.Select(c => (IReadOnlyList<int>)c.Buckets));

        var examples = new SparseExample[notes.Count];
        var counts = new FeatureCounts();
        for (var i = 0; i < counted.Length; i++)
        {
            counts.Clear();
            var (buckets, bucketCounts) = counted[i];
            for (var b = 0; b < buckets.Length; b++)
            {
                for (var times = 0; times < bucketCounts[b]; times++)
                {
                    counts.Add(buckets[b]);
                }
            }

            var rows = new int[counts.Count];
            var values = new float[counts.Count];
            var written = space.Vectorize(counts, rows, values);
            examples[i] = new SparseExample(rows[..written], values[..written], labels[i]);
        }

        var weights = FtrlSoftmaxTrainer.Train(examples, space.Rows, labelNames.Count, trainerOptions);
        return new TextModel(labelNames, space, weights);
    }

    private static (int[] Buckets, int[] Counts) CountBuckets(NoteTokens note, FeatureOptions options)
    {
        var counts = new FeatureCounts();
        var sink = new CountingSink(counts);
        FeatureExtractor.Extract(note, options, ref sink);
        var buckets = new int[counts.Count];
        var values = new int[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            (buckets[i], values[i]) = counts[i];
        }

        return (buckets, values);
    }
}
