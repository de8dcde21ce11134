using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Tests.Training;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Tests.DefaultModel;

public class DefaultClassifierTests : IDisposable
{
    // Small, fast settings: these tests are about caching, not quality.
    private static readonly ClassifierOptions Fast = DefaultClassifierOptions.Value with
    {
        Features = new() { HashBits = 12, CharNgramMax = 0, WordNgramMax = 1 },
        TopicTrainer = new() { Tolerance = 1e-3f, MaxIterations = 20 },
        DirectionTrainer = new() { Tolerance = 1e-3f, MaxIterations = 20 },
        EmbeddingShare = 0,
    };

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mg-cache-{Guid.NewGuid():N}");

    private DefaultClassifierSettings InDirectory => new() { CacheDirectory = _directory };

    [Fact]
    public void Load_TrainsAndCachesThenReadsTheCache()
    {
        var (trained, firstSource) = DefaultClassifier.Load(InDirectory, Fast);
        var (cached, secondSource) = DefaultClassifier.Load(InDirectory, Fast);

        Assert.Equal(DefaultModelSource.TrainedAndCached, firstSource);
        Assert.Equal(DefaultModelSource.Cache, secondSource);
        Assert.Equal(SharedClassifier.Parameters(trained), SharedClassifier.Parameters(cached));
        Assert.Equal(EmbeddedCorpus.Hash(), cached.Metadata.TrainingSetHash);
        Assert.Single(Directory.GetFiles(Path.Combine(_directory, "models")));
    }

    [Fact]
    public void Load_DamagedCacheFile_IsRetrainedAndReplaced()
    {
        DefaultClassifier.Load(InDirectory, Fast);
        var file = Directory.GetFiles(Path.Combine(_directory, "models")).Single();
        File.WriteAllText(file, "garbage");

        var (_, source) = DefaultClassifier.Load(InDirectory, Fast);

        Assert.Equal(DefaultModelSource.TrainedAndCached, source);
        Assert.NotEqual("garbage", File.ReadAllText(file)[..7]);
    }

    [Fact]
    public void Load_UnwritableCache_FallsBackToMemory()
    {
        // A regular file where the cache directory should be: nothing can be created beneath it.
        File.WriteAllText(_directory, "not a directory");
        try
        {
            var (classifier, source) = DefaultClassifier.Load(InDirectory, Fast);
            Assert.Equal(DefaultModelSource.TrainedInMemory, source);
            var result = classifier.Classify(new Note("Maya set up my Instagram and showed me reels.", ParticipantRole.Senior, "Tom Baker", "Maya Lopez"));
            Assert.Equal(1f, result.TopicProbabilities.Sum(), 4);
        }
        finally
        {
            File.Delete(_directory);
        }
    }

    [Fact]
    public void Load_NoCacheDirectory_TrainsInMemory()
    {
        Assert.Equal(DefaultModelSource.TrainedInMemory, DefaultClassifier.Load(new DefaultClassifierSettings(), Fast).Source);
    }

    [Fact]
    public void Load_BlankCacheDirectory_TrainsInMemory()
    {
        Assert.Equal(DefaultModelSource.TrainedInMemory, DefaultClassifier.Load(new DefaultClassifierSettings { CacheDirectory = "  " }, Fast).Source);
    }

    [Fact]
    public void Load_CacheOfOtherOptions_IsNotUsed()
    {
        DefaultClassifier.Load(InDirectory, Fast);
        var file = Directory.GetFiles(Path.Combine(_directory, "models")).Single();
        var other = Fast with { Seed = 5 };
        File.Copy(file, Path.Combine(_directory, "models", $"note-classifier-{DefaultClassifier.CacheKey(other, null)}.zip"));

        Assert.Equal(DefaultModelSource.TrainedAndCached, DefaultClassifier.Load(InDirectory, other).Source);
    }

    [Fact]
    public void Load_Training_ReportsProgressRisingToOneAndGivesTheSameModel()
    {
        var progress = new RecordingProgress();

        var (withProgress, _) = DefaultClassifier.Load(new DefaultClassifierSettings(), Fast, progress);
        var (withoutProgress, _) = DefaultClassifier.Load(new DefaultClassifierSettings(), Fast);

        progress.AssertRisesFromZeroToOne();
        Assert.Equal(SharedClassifier.Parameters(withoutProgress), SharedClassifier.Parameters(withProgress));
    }

    [Fact]
    public void Load_FromTheCache_ReportsOnlyThatItIsDone()
    {
        DefaultClassifier.Load(InDirectory, Fast);
        var progress = new RecordingProgress();

        var (_, source) = DefaultClassifier.Load(InDirectory, Fast, progress);

        Assert.Equal(DefaultModelSource.Cache, source);
        Assert.Equal([new TrainingProgress("reading the corpus", 0), new TrainingProgress("read from the cache", 1)], progress.Reports);
    }

    [Fact]
    public void CacheKey_ChangesWithTheTrainingOptions()
    {
        var options = DefaultClassifierOptions.Value;
        Assert.Equal(DefaultClassifier.CacheKey(options, "m"), DefaultClassifier.CacheKey(options with { }, "m"));
        Assert.NotEqual(DefaultClassifier.CacheKey(options, "m"), DefaultClassifier.CacheKey(options with { Seed = 1 }, "m"));
        Assert.NotEqual(DefaultClassifier.CacheKey(options, "m"), DefaultClassifier.CacheKey(options, "other-encoder"));
    }

    [Fact]
    public void Load_WithEmbeddings_TrainsTheEmbeddingTopicModelWithTheGivenEncoderAndCachesIt()
    {
        var encoder = new TestEncoder();
        var settings = InDirectory with { Encoder = encoder };
        var options = Fast with { EmbeddingShare = 0.5 };

        var (trained, firstSource) = DefaultClassifier.Load(settings, options);
        var encoded = encoder.Encoded;
        var (cached, secondSource) = DefaultClassifier.Load(settings, options);

        Assert.Equal(DefaultModelSource.TrainedAndCached, firstSource);
        Assert.Equal(DefaultModelSource.Cache, secondSource);
        Assert.Equal("test-encoder", cached.Metadata.EmbeddingModel);
        Assert.Equal(EmbeddedCorpus.Read().Count, encoded);
        Assert.Equal(SharedClassifier.Parameters(trained), SharedClassifier.Parameters(cached));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
