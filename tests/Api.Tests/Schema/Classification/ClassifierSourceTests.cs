using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Tests.Schema.Classification;

public class ClassifierSourceTests
{
    [Fact]
    public async Task Get_ConcurrentFirstUses_LoadOnce()
    {
        var loads = 0;
        var source = new ClassifierSource(() =>
        {
            Interlocked.Increment(ref loads);
            Thread.Sleep(50);
            return (TestClassifier.Get(), DefaultModelSource.Cache);
        }, TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(source.Get)));

        Assert.Equal(1, loads);
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.True(source.IsLoaded);
    }

    [Fact]
    public void Get_AfterAFailedLoad_TriesAgain()
    {
        var attempts = 0;
        var source = new ClassifierSource(() =>
        {
            if (++attempts == 1)
            {
                throw new IOException("cache disk not mounted yet");
            }

            return (TestClassifier.Get(), DefaultModelSource.TrainedInMemory);
        }, TimeProvider.System);

        Assert.Throws<IOException>(source.Get);
        Assert.False(source.IsLoaded);

        Assert.Equal(DefaultModelSource.TrainedInMemory, source.Get().Source);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public void Progress_IsTheLastReportOfTheLoad()
    {
        var source = new ClassifierSource(progress =>
        {
            progress.Report(new TrainingProgress("loading the sentence encoder", 0));
            progress.Report(new TrainingProgress("training, topic model (n-grams) trained", 0.6));
            return (TestClassifier.Get(), DefaultModelSource.TrainedInMemory);
        }, TimeProvider.System);

        Assert.Null(source.Progress);
        source.Get();

        Assert.Equal(new TrainingProgress("training, topic model (n-grams) trained", 0.6), source.Progress);
    }
}
