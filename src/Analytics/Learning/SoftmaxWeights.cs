namespace MentorGraph.Analytics.Learning;

/// <summary>
/// The parameters of a multinomial logistic regression: a weight per (feature row, class), stored
/// row-major so the classes of one feature are adjacent, and a bias per class. Immutable once built.
/// </summary>
public sealed class SoftmaxWeights
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    internal SoftmaxWeights(int rows, int classes, float[] weights, float[] bias)
    {
        if (classes < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), "A softmax model needs at least two classes.");
        }

        if (weights.Length != rows * classes || bias.Length != classes)
        {
            throw new ArgumentException("Weight and bias sizes do not match rows x classes.");
        }

        Rows = rows;
        Classes = classes;
        _weights = weights;
        _bias = bias;
    }

    public int Rows { get; }

    public int Classes { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Bias => _bias;

    /// <summary>Softmax probabilities of a sparse vector into <paramref name="probabilities"/> (length Classes).</summary>
    internal void Predict(ReadOnlySpan<int> rows, ReadOnlySpan<float> values, Span<float> probabilities)
    {
        var k = Classes;
        _bias.CopyTo(probabilities);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = values[i];
            var w = _weights.AsSpan(rows[i] * k, k);
            for (var c = 0; c < k; c++)
            {
                probabilities[c] += x * w[c];
            }
        }

        Softmax.InPlace(probabilities);
    }

    internal float Weight(int row, int @class) => _weights[row * Classes + @class];
}
