using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    // How many features ahead a state row is requested from memory.
    private const int PrefetchDistance = 4;

    /// <param name="epochDone">Called after each epoch with its number (1 to <see cref="TrainerOptions.Epochs"/>), for progress.</param>
    public static unsafe SoftmaxWeights Train(
        IReadOnlyList<SparseExample> examples, int rows, int classes, TrainerOptions options, Action<int>? epochDone = null)
    {
        options.Validate();
        var k = classes;
        // A feature row's state is one contiguous block: z of every class, then n of every class, the
        // classes padded to a multiple of 4 so 4 coordinates are updated at once (Vector256<double>).
        // Padding lanes never get a gradient, so they stay 0 and are never read back. The arithmetic
        // per coordinate is exactly the scalar formula's (IEEE add, multiply, divide and square root
        // are correctly rounded in every lane, no fused multiply-add), so the weights are bit-identical
        // to a one-coordinate-at-a-time loop.
        var lanes = (k + 3) / 4 * 4;
        var vectors = lanes / 4;
        var state = new double[(long)rows * lanes * 2];
        var biasZ = new double[k];
        var biasN = new double[k];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new DeterministicRandom(options.Seed);
        var scores = new double[lanes];
        var errors = new double[lanes];
        var classWeight = ClassWeights(examples, k, options.BalanceClasses);
        var activeWeights = new double[256 * lanes];
        var alpha = Vector256.Create(options.Alpha);
        var beta = Vector256.Create(options.Beta);
        var l1 = Vector256.Create(options.L1);
        var l2 = Vector256.Create(options.L2);
        var sums = new Vector256<double>[vectors];

        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var count = example.Rows.Length;
                if (activeWeights.Length < count * lanes)
                {
                    activeWeights = new double[count * lanes * 2];
                }

                Array.Clear(scores);
                for (var c = 0; c < k; c++)
                {
                    scores[c] = WeightOf(biasZ[c], biasN[c], options, regularize: false);
                }

                ref var stateStart = ref MemoryMarshal.GetArrayDataReference(state);
                ref var active = ref MemoryMarshal.GetArrayDataReference(activeWeights);
                // Feature by feature (each lane still sums its class in feature order), the state row of
                // a feature a few ahead requested from memory while this one is computed.
                for (var v = 0; v < vectors; v++)
                {
                    sums[v] = Vector256.LoadUnsafe(ref scores[0], (nuint)(v * 4));
                }

                for (var i = 0; i < count; i++)
                {
                    if (Sse.IsSupported && i + PrefetchDistance < count)
                    {
                        ref var ahead = ref Unsafe.Add(ref stateStart, (nint)example.Rows[i + PrefetchDistance] * lanes * 2);
                        for (var line = 0; line < lanes * 2; line += 8)
                        {
                            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref ahead, line)));
                        }
                    }

                    ref var row = ref Unsafe.Add(ref stateStart, (nint)example.Rows[i] * lanes * 2);
                    var x = Vector256.Create((double)example.Values[i]);
                    for (var v = 0; v < vectors; v++)
                    {
                        var z = Vector256.LoadUnsafe(ref row, (nuint)(v * 4));
                        var n = Vector256.LoadUnsafe(ref row, (nuint)(lanes + v * 4));
                        var w = Weights(z, n, alpha, beta, l1, l2);
                        w.StoreUnsafe(ref active, (nuint)(i * lanes + v * 4));
                        sums[v] += x * w;
                    }
                }

                for (var v = 0; v < vectors; v++)
                {
                    sums[v].StoreUnsafe(ref scores[0], (nuint)(v * 4));
                }

                Softmax.InPlace(scores.AsSpan(0, k));
                for (var c = 0; c < k; c++)
                {
                    errors[c] = (scores[c] - (c == example.Label ? 1.0 : 0.0)) * classWeight[example.Label] * example.Weight;
                    Update(ref biasZ[c], ref biasN[c], errors[c], WeightOf(biasZ[c], biasN[c], options, regularize: false), options.Alpha);
                }

                for (var i = 0; i < count; i++)
                {
                    ref var row = ref Unsafe.Add(ref stateStart, (nint)example.Rows[i] * lanes * 2);
                    var x = Vector256.Create((double)example.Values[i]);
                    for (var v = 0; v < vectors; v++)
                    {
                        var gradient = Vector256.LoadUnsafe(ref errors[0], (nuint)(v * 4)) * x;
                        var w = Vector256.LoadUnsafe(ref active, (nuint)(i * lanes + v * 4));
                        var z = Vector256.LoadUnsafe(ref row, (nuint)(v * 4));
                        var n = Vector256.LoadUnsafe(ref row, (nuint)(lanes + v * 4));
                        var newN = n + gradient * gradient;
                        var sigma = (Vector256.Sqrt(newN) - Vector256.Sqrt(n)) / alpha;
                        (z + (gradient - sigma * w)).StoreUnsafe(ref row, (nuint)(v * 4));
                        newN.StoreUnsafe(ref row, (nuint)(lanes + v * 4));
                    }
                }
            }

            epochDone?.Invoke(epoch + 1);
        }

        var weights = new float[(long)rows * k];
        for (long r = 0; r < rows; r++)
        {
            for (var c = 0; c < k; c++)
            {
                weights[r * k + c] = (float)WeightOf(state[r * lanes * 2 + c], state[r * lanes * 2 + lanes + c], options, regularize: true);
            }
        }

        var bias = new float[k];
        for (var c = 0; c < k; c++)
        {
            bias[c] = (float)WeightOf(biasZ[c], biasN[c], options, regularize: false);
        }

        return new SoftmaxWeights(rows, k, weights, bias);
    }

    /// <summary><see cref="WeightOf"/> (regularized) of 4 coordinates, lane by lane the same arithmetic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Weights(
        Vector256<double> z, Vector256<double> n, Vector256<double> alpha, Vector256<double> beta, Vector256<double> l1, Vector256<double> l2)
    {
        // Math.Sign(z) · λ1 where |z| > λ1 ≥ 0, so z ≠ 0 and the sign is ±1 (±0 when λ1 = 0, as in the scalar form).
        var sign = Vector256.ConditionalSelect(Vector256.GreaterThan(z, Vector256<double>.Zero), Vector256<double>.One, -Vector256<double>.One);
        var w = -(z - sign * l1) / ((beta + Vector256.Sqrt(n)) / alpha + l2);
        return Vector256.ConditionalSelect(Vector256.GreaterThan(Vector256.Abs(z), l1), w, Vector256<double>.Zero);
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
