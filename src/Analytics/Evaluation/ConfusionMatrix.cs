namespace MentorGraph.Analytics.Evaluation;

/// <summary>Precision, recall and F1 of one class.</summary>
public sealed record ClassScores(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>Counts of (true label, predicted label) pairs, and the scores derived from them.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;

    public ConfusionMatrix(IReadOnlyList<string> labels)
    {
        Labels = labels.ToArray();
        _counts = new int[labels.Count, labels.Count];
    }

    public IReadOnlyList<string> Labels { get; }

    public int Total { get; private set; }

    public int this[int actual, int predicted] => _counts[actual, predicted];

    public void Add(int actual, int predicted)
    {
        _counts[actual, predicted]++;
        Total++;
    }

    public void Add(ConfusionMatrix other)
    {
        if (!other.Labels.SequenceEqual(Labels))
        {
            throw new ArgumentException("Only matrices over the same labels can be added.", nameof(other));
        }

        for (var a = 0; a < Labels.Count; a++)
        {
            for (var p = 0; p < Labels.Count; p++)
            {
                _counts[a, p] += other._counts[a, p];
            }
        }

        Total += other.Total;
    }

    public double Accuracy
    {
        get
        {
            if (Total == 0)
            {
                return 0;
            }

            var correct = 0;
            for (var i = 0; i < Labels.Count; i++)
            {
                correct += _counts[i, i];
            }

            return (double)correct / Total;
        }
    }

    /// <summary>Per-class scores; a class never predicted has precision 0, one never present has recall 0.</summary>
    public IReadOnlyList<ClassScores> PerClass()
    {
        var scores = new ClassScores[Labels.Count];
        for (var c = 0; c < Labels.Count; c++)
        {
            var truePositives = _counts[c, c];
            var predicted = 0;
            var actual = 0;
            for (var o = 0; o < Labels.Count; o++)
            {
                predicted += _counts[o, c];
                actual += _counts[c, o];
            }

            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores[c] = new ClassScores(Labels[c], precision, recall, f1, actual);
        }

        return scores;
    }

    /// <summary>The unweighted mean F1 over the classes that occur (support &gt; 0).</summary>
    public double MacroF1
    {
        get
        {
            var present = PerClass().Where(s => s.Support > 0).ToArray();
            return present.Length == 0 ? 0 : present.Average(s => s.F1);
        }
    }
}
