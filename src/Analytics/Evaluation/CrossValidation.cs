using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Evaluation;

/// <summary>The pooled result of a cross-validation and the scores of each fold.</summary>
public sealed record CrossValidationResult(EvaluationResult Pooled, IReadOnlyList<EvaluationResult> Folds)
{
    public CrossValidationSummary ToSummary() => new(
        Folds.Count,
        Math.Round(Pooled.Topic.Accuracy, 6),
        Math.Round(Pooled.Topic.MacroF1, 6),
        Math.Round(Pooled.Direction.Accuracy, 6),
        Math.Round(Pooled.Direction.MacroF1, 6),
        Folds.Select(f => Math.Round(f.Topic.MacroF1, 6)).ToArray(),
        Folds.Select(f => Math.Round(f.Direction.Accuracy, 6)).ToArray());
}

/// <summary>
/// k-fold cross-validation, grouped and stratified. Notes are split into folds before any
/// augmentation: the role-swapped copies are made inside training from the training folds only,
/// so a note and its copies are always on the same side. Within each topic the notes are shuffled
/// (seeded) and dealt round-robin, so every fold has about the same topic mix.
/// </summary>
public static class CrossValidation
{
    /// <param name="embedder">Gives the notes' sentence embeddings when the options train a model on them (each note is encoded once, for all folds).</param>
    /// <param name="progress">Told as each fold's training goes (see <see cref="TrainingProgress"/>); each fold takes an equal share.</param>
    public static CrossValidationResult Run(
        IReadOnlyList<LabeledNote> notes, ClassifierOptions options, int folds, NoteEmbedder? embedder = null, IProgress<TrainingProgress>? progress = null)
    {
        var seed = options.Seed;
        if (folds < 2 || folds > notes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "Folds must be at least 2 and at most the number of notes.");
        }

        var foldOf = AssignFolds(notes, folds, seed);
        var pooled = EvaluationResult.Empty();
        var perFold = new List<EvaluationResult>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var training = notes.Where((_, i) => foldOf[i] != fold).ToArray();
            var heldOut = notes.Where((_, i) => foldOf[i] == fold).ToArray();
            var foldProgress = ProgressPart.Of(progress, (double)fold / folds, (double)(fold + 1) / folds, $"fold {fold + 1}/{folds}");
            var classifier = ClassifierTrainer.Train(training, options, embedder, foldProgress);
            var result = Evaluator.Evaluate(classifier, heldOut);
            perFold.Add(result);
            pooled.Add(result);
        }

        return new CrossValidationResult(pooled, perFold);
    }

    internal static int[] AssignFolds(IReadOnlyList<LabeledNote> notes, int folds, ulong seed)
    {
        var random = new DeterministicRandom(seed);
        var foldOf = new int[notes.Count];
        var next = 0;
        foreach (var topic in Taxonomy.Topics)
        {
            var members = Enumerable.Range(0, notes.Count).Where(i => notes[i].Topic == topic).ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                foldOf[index] = next;
                next = (next + 1) % folds;
            }
        }

        return foldOf;
    }
}
