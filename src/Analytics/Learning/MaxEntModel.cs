using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MentorGraph.Analytics.Learning;

/// <summary>One training example of a <see cref="MaxEntModel"/>: a sparse vector (indices ascending) or a dense one (no indices).</summary>
internal readonly record struct VectorExample(int[]? Indices, float[] Values, int Label, float Weight);

/// <summary>
/// A multinomial logistic regression (maximum entropy) of ML.NET over one float-vector column, trained
/// with <c>LbfgsMaximumEntropy</c>, saved and loaded as an ML.NET model file. It knows nothing of notes:
/// the classifier hands it vectors it made itself. Predicts through ML.NET (one prediction engine per
/// thread, so it is safe to share); its weights are also kept centred (each minus its feature's mean
/// weight over the classes), which is how much a feature favours a class over the average one — what
/// an explanation reads.
/// </summary>
internal sealed class MaxEntModel
{
    private const string FeaturesColumn = "Features";
    private const string LabelColumn = "Label";
    private const string WeightColumn = "Weight";

    /// <summary>ML.NET and its version, as its assembly says (e.g. <c>ML.NET 6.0.0</c>).</summary>
    public static string Framework { get; } =
        "ML.NET " + ((typeof(MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .FirstOrDefault() as System.Reflection.AssemblyInformationalVersionAttribute)?.InformationalVersion.Split('+')[0] ?? "?");

    private readonly MLContext _ml;
    private readonly SchemaDefinition _inputSchema;
    private readonly ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>> _engines;
    private readonly float[] _centred;

    private MaxEntModel(MLContext ml, ITransformer transformer, int dimension, IReadOnlyList<string> labels)
    {
        _ml = ml;
        Transformer = transformer;
        Dimension = dimension;
        Labels = labels.ToArray();
        _inputSchema = FeatureSchema(dimension);
        var parameters = Parameters(transformer);
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != Labels.Count)
        {
            throw new ArgumentException($"The model has {classes} classes; {Labels.Count} labels were given.");
        }

        Bias = parameters.GetBiases().ToArray();
        _centred = Centre(weights, dimension, classes);
        _engines = new ThreadLocal<PredictionEngine<FeatureRow, ScoreRow>>(
            () => _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(Transformer, inputSchemaDefinition: _inputSchema));
    }

    /// <summary>The ML.NET model (a multiclass prediction transformer over the <c>Features</c> column).</summary>
    public ITransformer Transformer { get; }

    /// <summary>The length of the feature vector.</summary>
    public int Dimension { get; }

    /// <summary>The class labels, in the order of the model's scores.</summary>
    public IReadOnlyList<string> Labels { get; }

    public IReadOnlyList<float> Bias { get; }

    /// <summary>Weight of <paramref name="feature"/> for class <paramref name="label"/> minus the feature's mean weight over all classes.</summary>
    public float CentredWeight(int feature, int label) => _centred[(feature * Labels.Count) + label];

    /// <summary>Every weight (feature-major, classes adjacent), centred; for tests and the determinism check.</summary>
    public ReadOnlySpan<float> CentredWeights => _centred;

    /// <summary>Fits the model with ML.NET's L-BFGS maximum-entropy trainer (single-threaded, so the same examples give the same weights).</summary>
    public static MaxEntModel Train(
        IReadOnlyList<VectorExample> examples, int dimension, IReadOnlyList<string> labels, LbfgsOptions options, int seed)
    {
        options.Validate();
        if (examples.Count == 0)
        {
            throw new ArgumentException("Training needs at least one example.", nameof(examples));
        }

        var balance = options.BalanceClasses ? ClassWeights(examples, labels.Count) : null;
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[LabelColumn].ColumnType = new KeyDataViewType(typeof(uint), labels.Count);
        var rows = new TrainingRow[examples.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = examples[i];
            rows[i] = new TrainingRow
            {
                Features = e.Indices is null
                    ? new VBuffer<float>(dimension, e.Values)
                    : new VBuffer<float>(dimension, e.Values.Length, e.Values, e.Indices),
                // A key column read from a uint field takes the 0-based class index (ML.NET stores it + 1).
                Label = (uint)e.Label,
                Weight = e.Weight * (balance?[e.Label] ?? 1f),
            };
        }

        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            FeatureColumnName = FeaturesColumn,
            LabelColumnName = LabelColumn,
            ExampleWeightColumnName = WeightColumn,
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            OptimizationTolerance = options.Tolerance,
            MaximumNumberOfIterations = options.MaxIterations,
            HistorySize = options.HistorySize,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var transformer = trainer.Fit(data);
        return new MaxEntModel(ml, transformer, dimension, labels);
    }

    /// <summary>Writes the model as an ML.NET model file (a zip), with the input schema (one <c>Features</c> vector column).</summary>
    public void Save(Stream stream)
    {
        var empty = _ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), _inputSchema);
        _ml.Model.Save(Transformer, empty.Schema, stream);
    }

    /// <summary>Reads an ML.NET model file written by <see cref="Save"/>.</summary>
    public static MaxEntModel Load(Stream stream, IReadOnlyList<string> labels)
    {
        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(stream, out var schema);
        var column = schema.GetColumnOrNull(FeaturesColumn)
                     ?? throw new InvalidDataException("The ML.NET model has no Features input column.");
        if (column.Type is not VectorDataViewType { Size: > 0 } vector || vector.ItemType != NumberDataViewType.Single)
        {
            throw new InvalidDataException("The ML.NET model's Features column is not a float vector of known size.");
        }

        return new MaxEntModel(ml, transformer, vector.Size, labels);
    }

    /// <summary>The probability of every class (in <see cref="Labels"/> order) for one vector, through ML.NET.</summary>
    public void Predict(VBuffer<float> features, Span<float> probabilities)
    {
        if (probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"Expected a span of {Labels.Count} probabilities.", nameof(probabilities));
        }

        var engine = _engines.Value!;
        var input = new FeatureRow { Features = features };
        var output = new ScoreRow();
        engine.Predict(input, ref output);
        output.Score.AsSpan(0, probabilities.Length).CopyTo(probabilities);
    }

    private static MaximumEntropyModelParameters Parameters(ITransformer transformer) => transformer switch
    {
        ISingleFeaturePredictionTransformer<MaximumEntropyModelParameters> prediction => prediction.Model,
        ISingleFeaturePredictionTransformer<object> { Model: MaximumEntropyModelParameters model } => model,
        TransformerChain<ITransformer> chain when chain.LastTransformer is { } last => Parameters(last),
        _ => throw new InvalidDataException($"The ML.NET model is a {transformer.GetType().Name}, not a maximum-entropy classifier."),
    };

    private static float[] Centre(VBuffer<float>[] weights, int dimension, int classes)
    {
        var centred = new float[checked(dimension * classes)];
        for (var c = 0; c < classes; c++)
        {
            var values = weights[c].GetValues();
            var indices = weights[c].GetIndices();
            if (weights[c].IsDense)
            {
                for (var f = 0; f < values.Length; f++)
                {
                    centred[(f * classes) + c] = values[f];
                }
            }
            else
            {
                for (var k = 0; k < values.Length; k++)
                {
                    centred[(indices[k] * classes) + c] = values[k];
                }
            }
        }

        for (var f = 0; f < dimension; f++)
        {
            var row = centred.AsSpan(f * classes, classes);
            var mean = 0f;
            foreach (var w in row)
            {
                mean += w;
            }

            mean /= classes;
            for (var c = 0; c < classes; c++)
            {
                row[c] -= mean;
            }
        }

        return centred;
    }

    private static float[] ClassWeights(IReadOnlyList<VectorExample> examples, int classes)
    {
        var counts = new double[classes];
        foreach (var e in examples)
        {
            counts[e.Label] += e.Weight;
        }

        var total = counts.Sum();
        return counts.Select(n => n > 0 ? (float)(total / (classes * n)) : 0f).ToArray();
    }

    private static SchemaDefinition FeatureSchema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    private sealed class TrainingRow
    {
        public VBuffer<float> Features;
        public uint Label;
        public float Weight;
    }

    private sealed class FeatureRow
    {
        public VBuffer<float> Features;
    }

    private sealed class ScoreRow
    {
        public float[] Score = [];
    }
}
