using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>Scores a classifier on labeled notes it is asked to predict.</summary>
public static class Evaluator
{
    /// <summary>Predicts every note; needsReview uses the thresholds of <paramref name="options"/> (default: the classify defaults).</summary>
    public static EvaluationResult Evaluate(NoteClassifier classifier, IEnumerable<LabeledNote> notes, ClassifyOptions? options = null)
    {
        options ??= new ClassifyOptions();
        var result = EvaluationResult.Empty();
        var topicProbabilities = new float[classifier.Topic.Labels.Count];
        var directionProbabilities = new float[classifier.Direction.Labels.Count];
        foreach (var note in notes)
        {
            classifier.PredictProbabilities(note.Note, topicProbabilities, directionProbabilities);
            var topic = NoteClassifier.ArgMax(topicProbabilities);
            var direction = NoteClassifier.ArgMax(directionProbabilities);
            var topicCorrect = IndexOf(classifier.Topic.Labels, note.Topic) == topic;
            var directionCorrect = IndexOf(classifier.Direction.Labels, note.Direction) == direction;
            result.Topic.Add(IndexOf(classifier.Topic.Labels, note.Topic), topic);
            result.Direction.Add(IndexOf(classifier.Direction.Labels, note.Direction), direction);
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
