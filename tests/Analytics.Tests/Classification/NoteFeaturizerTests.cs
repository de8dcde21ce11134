using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Tests.Classification;

public class NoteFeaturizerTests
{
    private static readonly NoteTokens Note = RoleNormalizer.Normalize(
        new Note("Maya showed me Instagram reels and how followers grow; I showed her our budget.", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"),
        new RoleNormalizationOptions());

    [Theory]
    [InlineData(null)]
    [InlineData(0.5)]
    [InlineData(0.25)]
    public void Vector_EqualsTheReferenceVectorizeWithIndicesAscending(double? charShare)
    {
        var space = SharedClassifier.Tiny.Features;
        var featurizer = new NoteFeaturizer(space);

        var vector = featurizer.Vector(featurizer.Read(Note, explain: false), charShare);

        var counts = new FeatureCounts();
        var sink = new CountingSink(counts);
        FeatureExtractor.Extract(Note, space.Options, ref sink);
        var rows = new int[counts.Count];
        var values = new float[counts.Count];
        var written = space.Vectorize(counts.Buckets, counts.Counts, charShare, rows, values);
        var expected = rows.Take(written).Zip(values.Take(written)).OrderBy(p => p.First).ToArray();

        Assert.Equal(space.Rows, vector.Length);
        Assert.Equal(expected.Select(p => p.First), vector.GetIndices().ToArray());
        Assert.Equal(expected.Select(p => p.Second), vector.GetValues().ToArray());
    }

    [Fact]
    public void Explain_WithoutARead_Throws()
    {
        var featurizer = new NoteFeaturizer(SharedClassifier.Tiny.Features);
        featurizer.Read(Note, explain: false);

        Assert.Throws<InvalidOperationException>(() => featurizer.Explain(SharedClassifier.Tiny.TopicModel, 0.5, 0, 3, []));
    }
}
