using MentorGraph.Analytics.Classification;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>Scores a classifier on labeled notes it is asked to predict.</summary>
public static class Evaluator
{
    public static EvaluationResult Evaluate(NoteClassifier classifier, IEnumerable<LabeledNote> notes)
    {
        var result = EvaluationResult.Empty();
        var topicProbabilities = new float[classifier.Topic.Labels.Count];
        var directionProbabilities = new float[classifier.Direction.Labels.Count];
        foreach (var note in notes)
        {
            classifier.PredictProbabilities(note.Note, topicProbabilities, directionProbabilities);
            result.Topic.Add(IndexOf(classifier.Topic.Labels, note.Topic), NoteClassifier.ArgMax(topicProbabilities));
            result.Direction.Add(IndexOf(classifier.Direction.Labels, note.Direction), NoteClassifier.ArgMax(directionProbabilities));
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
