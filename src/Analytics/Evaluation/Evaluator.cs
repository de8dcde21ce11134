using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>Scores a classifier on labeled notes it is asked to predict.</summary>
public static class Evaluator
{
    /// <summary>Predicts every note; needsReview uses the thresholds of <paramref name="options"/> (default: the classify defaults).</summary>
    public static EvaluationResult Evaluate(NoteClassifier classifier, IEnumerable<LabeledNote> notes, ClassifyOptions? options = null)
    {
        options ??= new ClassifyOptions();
        var list = notes.ToArray();

        // Embeddings not stored yet are computed in batches first (far faster than one by one).
        classifier.Embedder?.EmbedMany(list.Select(n => n.Note).ToArray());
        var result = EvaluationResult.Empty();
        var topicProbabilities = new float[classifier.Topics.Count];
        var directionProbabilities = new float[classifier.Directions.Count];
        foreach (var note in list)
        {
            classifier.PredictProbabilities(note.Note, topicProbabilities, directionProbabilities);
            var topic = NoteClassifier.ArgMax(topicProbabilities);
            var direction = NoteClassifier.ArgMax(directionProbabilities);
            var topicCorrect = IndexOf(classifier.Topics, note.Topic) == topic;
            var directionCorrect = IndexOf(classifier.Directions, note.Direction) == direction;
            result.Topic.Add(IndexOf(classifier.Topics, note.Topic), topic);
            result.Direction.Add(IndexOf(classifier.Directions, note.Direction), direction);
            result.TopicMetrics.Add(IndexOf(classifier.Topics, note.Topic), topicProbabilities);
            result.DirectionMetrics.Add(IndexOf(classifier.Directions, note.Direction), directionProbabilities);
            var flagged = topicProbabilities[topic] < options.TopicReviewThreshold ||
                          directionProbabilities[direction] < options.DirectionReviewThreshold;
            result.Review.Add(flagged, topicCorrect && directionCorrect);
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        throw new ArgumentException($"The model has no label '{label}'.", nameof(label));
    }
}
