namespace MentorGraph.Analytics.Learning;

/// <summary>
/// Fits a multinomial logistic regression (softmax, cross-entropy loss) with FTRL-Proximal: each
/// (feature, class) coordinate keeps a gradient sum z and squared-gradient sum n, and its weight is
/// the closed-form solution of the regularized problem,
/// w = -(z - sign(z)·λ1) / ((β + √n)/α + λ2) when |z| &gt; λ1, else 0.
/// Weights are computed on demand, so an update costs only the example's non-zero features. The
/// bias has no regularization. Single-threaded and seeded: the same examples and options give
/// bit-identical weights.
/// </summary>
internal static class FtrlSoftmaxTrainer
{
    public static SoftmaxWeights Train(IReadOnlyList<SparseExample> examples, int rows, int classes, TrainerOptions options)
    {
        options.Validate();
        var k = classes;
        // z and n of a coordinate side by side, the classes of a feature row adjacent: one row's
        // state is one contiguous block, read and written once per example.
        var state = new double[(long)rows * k * 2];
        var biasZ = new double[k];
        var biasN = new double[k];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new DeterministicRandom(options.Seed);
        var scores = new double[k];
        var errors = new double[k];
        var classWeight = ClassWeights(examples, k, options.BalanceClasses);
        var activeWeights = new double[256 * k];

        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var count = example.Rows.Length;
                if (activeWeights.Length < count * k)
                {
                    activeWeights = new double[count * k * 2];
                }

                for (var c = 0; c < k; c++)
                {
                    scores[c] = WeightOf(biasZ[c], biasN[c], options, regularize: false);
                }

                for (var i = 0; i < count; i++)
                {
                    var offset = (long)example.Rows[i] * k;
                    var x = example.Values[i];
                    for (var c = 0; c < k; c++)
                    {
                        var w = WeightOf(state[2 * (offset + c)], state[2 * (offset + c) + 1], options, regularize: true);
                        activeWeights[i * k + c] = w;
                        scores[c] += x * w;
                    }
                }

                Softmax.InPlace(scores.AsSpan());
                for (var c = 0; c < k; c++)
                {
                    errors[c] = (scores[c] - (c == example.Label ? 1.0 : 0.0)) * classWeight[example.Label] * example.Weight;
                    Update(ref biasZ[c], ref biasN[c], errors[c], WeightOf(biasZ[c], biasN[c], options, regularize: false), options.Alpha);
                }

                for (var i = 0; i < count; i++)
                {
                    var offset = 2 * (long)example.Rows[i] * k;
                    var x = example.Values[i];
                    for (var c = 0; c < k; c++)
                    {
                        Update(ref state[offset + 2 * c], ref state[offset + 2 * c + 1], errors[c] * x, activeWeights[i * k + c], options.Alpha);
                    }
                }
            }
        }

        var weights = new float[(long)rows * k];
        for (long i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)WeightOf(state[2 * i], state[2 * i + 1], options, regularize: true);
        }

        var bias = new float[k];
        for (var c = 0; c < k; c++)
        {
            bias[c] = (float)WeightOf(biasZ[c], biasN[c], options, regularize: false);
        }

        return new SoftmaxWeights(rows, k, weights, bias);
    }

    private static double[] ClassWeights(IReadOnlyList<SparseExample> examples, int classes, bool balance)
    {
        var weights = new double[classes];
        Array.Fill(weights, 1.0);
        if (!balance)
        {
            return weights;
        }

        var counts = new int[classes];
        foreach (var example in examples)
        {
            counts[example.Label]++;
        }

        for (var c = 0; c < classes; c++)
        {
            weights[c] = counts[c] == 0 ? 1.0 : (double)examples.Count / (classes * counts[c]);
        }

        return weights;
    }

    private static double WeightOf(double z, double n, TrainerOptions options, bool regularize)
    {
        var l1 = regularize ? options.L1 : 0.0;
        var l2 = regularize ? options.L2 : 0.0;
        if (Math.Abs(z) <= l1)
        {
            return 0.0;
        }

        return -(z - Math.Sign(z) * l1) / ((options.Beta + Math.Sqrt(n)) / options.Alpha + l2);
    }

    private static void Update(ref double z, ref double n, double gradient, double weight, double alpha)
    {
        var newN = n + gradient * gradient;
        var sigma = (Math.Sqrt(newN) - Math.Sqrt(n)) / alpha;
        z += gradient - sigma * weight;
        n = newN;
    }
}
