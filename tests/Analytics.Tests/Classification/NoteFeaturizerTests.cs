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

        var vector = featurizer.Vector(featurizer.Read(Note, explain: false), charShare, direction: true);

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
    public void Vector_ForTopic_LeavesOutTheTeachingClauseFeatures_ForDirection_KeepsThem()
    {
        var options = new FeatureOptions { HashBits = 14, TeachingClauses = true };
        var other = RoleNormalizer.Normalize(
            new Note("We reviewed the quarterly budget together.", ParticipantRole.Junior, "Maya Lopez", "Tom Baker"), new RoleNormalizationOptions());
        var featurizer = new NoteFeaturizer(FeatureSpace.Build(options, [Buckets(Note, options), Buckets(other, options)]));
        var rowOfBucket = featurizer.Space.RowOfBucket.ToArray();
        var teachingRows = NoteLevelFeatures.DirectionOnlyBuckets(options.HashBits)
            .Select(b => rowOfBucket[b]).Where(row => row >= 0).ToArray();
        var scratch = featurizer.Read(Note, explain: false);

        var topic = featurizer.Vector(scratch, 0.25, direction: false).GetIndices().ToArray();
        var direction = featurizer.Vector(scratch, 0.25, direction: true).GetIndices().ToArray();

        Assert.NotEmpty(teachingRows); // "Maya showed me …; I showed her …": both teach
        Assert.Subset(direction.ToHashSet(), teachingRows.ToHashSet());
        Assert.Empty(topic.Intersect(teachingRows));
        Assert.Equal(direction.Except(teachingRows), topic);
    }

    [Fact]
    public void Explain_WithoutARead_Throws()
    {
        var featurizer = new NoteFeaturizer(SharedClassifier.Tiny.Features);
        featurizer.Read(Note, explain: false);

        Assert.Throws<InvalidOperationException>(() => featurizer.Explain(SharedClassifier.Tiny.TopicModel, 0.5, direction: false, 0, 3, []));
    }

    private static int[] Buckets(NoteTokens note, FeatureOptions options)
    {
        var counts = new FeatureCounts();
        var sink = new CountingSink(counts);
        FeatureExtractor.Extract(note, options, ref sink);
        return counts.Buckets.ToArray();
    }
}
