using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Retraining;

/// <summary>What a retraining produced: the challenger, both models' scores on the same notes, and the decision.</summary>
/// <param name="PersonLabels">Person labels that counted (trained on or held out).</param>
/// <param name="PersonLabelsTrained">Of those, the ones the challenger trained on.</param>
/// <param name="PersonLabelsHeldOut">Of those, the ones both models were judged on.</param>
/// <param name="PersonLabelsIgnored">Labels left out: notes of the development set (for measuring only) or with an unknown label.</param>
public sealed record ChallengerOutcome(
    NoteClassifier Challenger,
    ScoreCard ActiveScores,
    ScoreCard ChallengerScores,
    ActivationDecision Decision,
    int PersonLabels,
    int PersonLabelsTrained,
    int PersonLabelsHeldOut,
    int PersonLabelsIgnored);

/// <summary>
/// Trains a challenger on the built-in corpus plus the person-labelled notes (minus the held-out part),
/// scores it and the active model on the same notes — the development set, and the held-out person labels
/// once there are enough — and applies <see cref="ActivationRule"/>. Storing the result and switching
/// models is the host's business.
/// </summary>
public static class ChallengerTraining
{
    /// <param name="corpus">The built-in corpus (<see cref="DefaultModel.EmbeddedCorpus.Read"/>; tests pass a small one).</param>
    /// <param name="personLabels">Every person label, one per note.</param>
    /// <param name="active">The model in use, to beat.</param>
    /// <param name="options">How to train the challenger (the host passes the default model's).</param>
    /// <param name="embedder">Gives sentence embeddings when <paramref name="options"/> train a model on them.</param>
    /// <param name="developmentSet">The notes both models are judged on (<see cref="DevelopmentSet.Read"/>; tests may pass others).</param>
    /// <param name="progress">Told how training goes.</param>
    public static ChallengerOutcome Run(
        IReadOnlyList<LabeledNote> corpus,
        IReadOnlyList<PersonLabeledNote> personLabels,
        NoteClassifier active,
        ClassifierOptions options,
        NoteEmbedder? embedder = null,
        IReadOnlyList<LabeledNote>? developmentSet = null,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(personLabels);
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(options);
        developmentSet ??= DevelopmentSet.Read();

        var usable = personLabels
            .Where(p => Taxonomy.IsTopic(p.Labeled.Topic) && Taxonomy.IsDirection(p.Labeled.Direction) && !DevelopmentSet.ContainsText(p.Labeled.Note.Text))
            .ToArray();
        var ignored = personLabels.Count - usable.Length;
        IReadOnlyList<PersonLabeledNote> training = usable;
        IReadOnlyList<PersonLabeledNote> heldOut = [];
        if (ActivationRule.UsesHeldOut(usable.Length))
        {
            (training, heldOut) = HeldOutSplit.Split(usable);
        }

        var trainingSet = corpus.Concat(training.Select(p => p.Labeled)).ToArray();
        var challenger = ClassifierTrainer.Train(trainingSet, options, embedder, ProgressPart.Of(progress, 0, 0.9, "training the challenger"));
        progress?.Report(new TrainingProgress("scoring both models", 0.9));
        var heldOutNotes = heldOut.Select(p => p.Labeled).ToArray();
        var activeScores = Score(active, developmentSet, heldOutNotes);
        var challengerScores = Score(challenger, developmentSet, heldOutNotes);
        var decision = ActivationRule.Decide(activeScores, challengerScores, usable.Length);
        progress?.Report(new TrainingProgress("done", 1));
        return new ChallengerOutcome(challenger, activeScores, challengerScores, decision, usable.Length, training.Count, heldOut.Count, ignored);
    }

    /// <summary>A model's scores on the development set and (when there are any) the held-out notes.</summary>
    public static ScoreCard Score(NoteClassifier classifier, IReadOnlyList<LabeledNote> developmentSet, IReadOnlyList<LabeledNote> heldOut) => new(
        ModelScores.From(Evaluator.Evaluate(classifier, developmentSet)),
        heldOut.Count == 0 ? null : ModelScores.From(Evaluator.Evaluate(classifier, heldOut)));
}
