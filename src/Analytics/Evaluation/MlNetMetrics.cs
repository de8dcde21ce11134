using Microsoft.ML;
using Microsoft.ML.Data;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>
/// The predictions of one task (topic or direction) on labeled notes — each note's true class and
/// probabilities — scored by ML.NET's multiclass evaluator (<c>MulticlassClassification.Evaluate</c>):
/// micro- and macro-accuracy, log-loss and log-loss reduction, next to our per-class F1 and confusion
/// matrix. Probabilities are what the classifier gives, so the topic's are the averaged ones.
/// </summary>
public sealed class MlNetMetrics
{
    private readonly int _classes;
    private readonly List<(int Label, float[] Probabilities)> _predictions = [];

    public MlNetMetrics(int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        _classes = classes;
    }

    public int Count => _predictions.Count;

    public void Add(int label, ReadOnlySpan<float> probabilities)
    {
        if (probabilities.Length != _classes)
        {
            throw new ArgumentException($"Expected {_classes} probabilities.", nameof(probabilities));
        }

        _predictions.Add((label, probabilities.ToArray()));
    }

    public void Add(MlNetMetrics other)
    {
        if (other._classes != _classes)
        {
            throw new ArgumentException("Only predictions over the same classes can be pooled.", nameof(other));
        }

        _predictions.AddRange(other._predictions);
    }

    /// <summary>ML.NET's metrics of the predictions so far; null when there are none.</summary>
    public MulticlassClassificationMetrics? Evaluate()
    {
        if (_predictions.Count == 0)
        {
            return null;
        }

        var ml = new MLContext(seed: 0);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), _classes);
        schema[nameof(Row.PredictedLabel)].ColumnType = new KeyDataViewType(typeof(uint), _classes);
        schema[nameof(Row.Score)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _classes);

        // A key column read from a uint field takes the 0-based class index (as in MaxEntModel).
        var rows = _predictions.Select(p => new Row
        {
            Label = (uint)p.Label,
            Score = p.Probabilities,
            PredictedLabel = (uint)Array.IndexOf(p.Probabilities, p.Probabilities.Max()),
        });
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        return ml.MulticlassClassification.Evaluate(data, nameof(Row.Label), nameof(Row.Score), nameof(Row.PredictedLabel));
    }

    private sealed class Row
    {
        public uint Label;
        public float[] Score = [];
        public uint PredictedLabel;
    }
}
