using MentorGraph.Analytics.Learning;

namespace MentorGraph.Analytics.Tests.Learning;

public class FtrlSoftmaxTrainerTests
{
    // Three classes, each marked by its own feature row (0, 1, 2) plus a shared noise row 3.
    private static SparseExample[] Separable() =>
        Enumerable.Range(0, 30)
            .Select(i => new SparseExample([i % 3, 3], [0.9f, 0.43f], i % 3))
            .ToArray();

    [Fact]
    public void Train_SeparableData_PredictsEveryClass()
    {
        var weights = FtrlSoftmaxTrainer.Train(Separable(), rows: 4, classes: 3, new TrainerOptions { Epochs = 20 });
        var probabilities = new float[3];
        for (var c = 0; c < 3; c++)
        {
            weights.Predict([c, 3], [0.9f, 0.43f], probabilities);
            Assert.True(probabilities[c] > 0.8f, $"class {c}: {probabilities[c]}");
            Assert.Equal(1f, probabilities.Sum(), 4);
        }
    }

    [Fact]
    public void Train_SameSeed_GivesIdenticalWeights()
    {
        var options = new TrainerOptions { Seed = 7, Epochs = 5 };
        var a = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, options);
        var b = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, options);
        Assert.True(a.Weights.SequenceEqual(b.Weights));
        Assert.True(a.Bias.SequenceEqual(b.Bias));
    }

    [Fact]
    public void Train_EpochDone_IsCalledAfterEachEpochInOrderAndChangesNoWeight()
    {
        var options = new TrainerOptions { Seed = 7, Epochs = 5 };
        var epochs = new List<int>();

        var observed = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, options, epochs.Add);
        var plain = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, options);

        Assert.Equal([1, 2, 3, 4, 5], epochs);
        Assert.True(observed.Weights.SequenceEqual(plain.Weights));
        Assert.True(observed.Bias.SequenceEqual(plain.Bias));
    }

    [Fact]
    public void Train_DifferentSeed_VisitsInAnotherOrder()
    {
        var a = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, new TrainerOptions { Seed = 1, Epochs = 1 });
        var b = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, new TrainerOptions { Seed = 2, Epochs = 1 });
        Assert.False(a.Weights.SequenceEqual(b.Weights));
    }

    [Fact]
    public void Train_StrongerL2_GivesSmallerWeights()
    {
        static double Norm(SoftmaxWeights w) => Math.Sqrt(w.Weights.ToArray().Sum(x => (double)x * x));
        var weak = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, new TrainerOptions { L2 = 0.001 });
        var strong = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, new TrainerOptions { L2 = 100 });
        Assert.True(Norm(strong) < Norm(weak) / 2, $"{Norm(strong)} vs {Norm(weak)}");
    }

    [Fact]
    public void Train_L1_ZeroesTheUninformativeFeature()
    {
        var weights = FtrlSoftmaxTrainer.Train(Separable(), 4, 3, new TrainerOptions { L1 = 1.0, Epochs = 10 });
        Assert.All(Enumerable.Range(0, 3), c => Assert.Equal(0f, weights.Weight(3, c)));
    }

    [Fact]
    public void Options_Validate_RejectsNonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainerOptions { Epochs = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TrainerOptions { Alpha = 0 }.Validate());
        Assert.Throws<ArgumentException>(() => new TrainerOptions { L2 = -1 }.Validate());
    }

    [Fact]
    public void Random_ShuffleIsAPermutationAndSeeded()
    {
        var a = Enumerable.Range(0, 50).ToArray();
        var b = Enumerable.Range(0, 50).ToArray();
        new DeterministicRandom(3).Shuffle(a);
        new DeterministicRandom(3).Shuffle(b);
        Assert.Equal(a, b);
        Assert.Equal(Enumerable.Range(0, 50), a.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), a);
    }
}
