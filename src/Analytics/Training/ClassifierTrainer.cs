using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>Trains a <see cref="NoteClassifier"/> from labeled notes.</summary>
public static class ClassifierTrainer
{
    /// <summary>
    /// Trains the topic model on the notes and the direction model on the notes plus (by default) their
    /// role-swapped copies. Deterministic: the same notes in the same order with the same options give
    /// identical weights. Throws <see cref="ArgumentException"/> for a note with an unknown label or
    /// one of the <see cref="DevelopmentSet"/>, which is for measuring only.
    /// </summary>
    /// <param name="progress">Told after each epoch of either model (see <see cref="TrainingProgress"/>); it does not change the model.</param>
    public static NoteClassifier Train(IReadOnlyList<LabeledNote> notes, ClassifierOptions options, IProgress<TrainingProgress>? progress = null) =>
        Train(notes, options, crossValidation: null, progress);

    /// <summary>
    /// Runs a grouped k-fold cross-validation on the notes first, then trains on all of them; the
    /// model's metadata records the cross-validation scores.
    /// </summary>
    /// <param name="progress">Told after each epoch of each fold's models, then of the final ones; the folds and the final training each take an equal share.</param>
    public static (NoteClassifier Classifier, CrossValidationResult CrossValidation) TrainWithCrossValidation(
        IReadOnlyList<LabeledNote> notes, ClassifierOptions options, int folds, IProgress<TrainingProgress>? progress = null)
    {
        var crossValidationShare = (double)folds / (folds + 1);
        var result = Evaluation.CrossValidation.Run(
            notes, options, folds, options.TopicTrainer.Seed, ProgressPart.Of(progress, 0, crossValidationShare, "cross-validation"));
        var classifier = Train(notes, options, result.ToSummary(), ProgressPart.Of(progress, crossValidationShare, 1, "final model"));
        return (classifier, result);
    }

    private static NoteClassifier Train(
        IReadOnlyList<LabeledNote> notes, ClassifierOptions options, CrossValidationSummary? crossValidation, IProgress<TrainingProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(notes);
        options.Validate();
        if (notes.Count == 0)
        {
            throw new ArgumentException("Training needs at least one labeled note.", nameof(notes));
        }

        foreach (var note in notes)
        {
            if (!Taxonomy.IsTopic(note.Topic) || !Taxonomy.IsDirection(note.Direction))
            {
                throw new ArgumentException($"Note '{note.Id}' has an unknown topic or direction.", nameof(notes));
            }

            // The development set judges models; one that trained on it would be judged on notes it has seen.
            if (DevelopmentSet.ContainsText(note.Note.Text))
            {
                throw new ArgumentException(
                    $"Note '{note.Id}' is a note of the development set, which is for measuring models only, never for training.", nameof(notes));
            }
        }

        var epochs = new EpochProgress(progress, options.TopicTrainer.Epochs + options.DirectionTrainer.Epochs);
        epochs.Start();
        var tokens = notes.Select(n => RoleNormalizer.Normalize(n.Note, options.Roles)).ToArray();
        var topicLabels = notes.Select(n => IndexOf(Taxonomy.Topics, n.Topic)).ToArray();
        IReadOnlyList<(NoteTokens Note, int Label)> topicExamples = tokens.Select((t, i) => (t, topicLabels[i])).ToArray();
        if (options.TopicSentenceDropout)
        {
            topicExamples = SentenceDropout.Augment(topicExamples, options.TopicTrainer.Seed);
        }

        var originals = tokens.Select((t, i) => (t, notes[i].Direction)).ToArray();
        var directionExamples = options.AugmentDirection
            ? DirectionAugmentation.Augment(originals, (float)options.AugmentationWeight)
            : originals.Select(e => (e.t, e.Direction, 1f)).ToArray();

        // One feature space for both models, built from the direction examples (the notes and their
        // role-swapped copies), whose IDF is then that of the notes as either participant could have
        // written them. Each distinct note is read once.
        var counter = new TextModelTrainer.NoteCounter(options.Features);
        var directionCounted = directionExamples.Select(e => counter.Count(e.Note)).ToArray();
        var topicCounted = topicExamples.Select(e => counter.Count(e.Note)).ToArray();
        var space = FeatureSpace.Build(options.Features, directionCounted.Select(c => (IReadOnlyList<int>)c.Buckets));

        // The two models share nothing else while they train, so the topic model trains on a second
        // thread while this one trains the direction model. Each training is itself single-threaded
        // and seeded, so the models are the same bytes as when trained one after the other.
        var topicTraining = Task.Run(() => TextModelTrainer.Train(
            space,
            topicCounted,
            topicExamples.Select(e => e.Label).ToArray(),
            Taxonomy.Topics,
            options.TopicCharShare,
            options.TopicTrainer,
            epochDone: epoch => epochs.EpochDone("topic", epoch, options.TopicTrainer.Epochs)));

        var direction = TextModelTrainer.Train(
            space,
            directionCounted,
            directionExamples.Select(e => IndexOf(Taxonomy.Directions, e.Direction)).ToArray(),
            Taxonomy.Directions,
            options.DirectionCharShare,
            options.DirectionTrainer,
            directionExamples.Select(e => e.Weight).ToArray(),
            epoch => epochs.EpochDone("direction", epoch, options.DirectionTrainer.Epochs));
        var topic = topicTraining.GetAwaiter().GetResult();

        var scorer = new NoteScorer(space, topic, direction);
        var (topicAccuracy, directionAccuracy) = Accuracy(
            scorer, tokens, topicLabels, notes.Select(n => IndexOf(Taxonomy.Directions, n.Direction)).ToArray());
        var metrics = new ModelMetrics
        {
            TrainingTopicAccuracy = topicAccuracy,
            TrainingDirectionAccuracy = directionAccuracy,
            CrossValidation = crossValidation,
        };
        var metadata = new ModelMetadata
        {
            TrainingSetHash = TrainingSetHash.Compute(notes),
            TrainingNotes = notes.Count,
            DirectionExamples = directionExamples.Count,
            Topics = Taxonomy.Topics,
            Directions = Taxonomy.Directions,
            Options = options,
            Metrics = metrics,
        };
        return new NoteClassifier(metadata, topic, direction, scorer);
    }

    /// <summary>Both models' accuracy on the training notes, scored in one pass per note as classification does.</summary>
    private static (double Topic, double Direction) Accuracy(
        NoteScorer scorer, IReadOnlyList<NoteTokens> notes, IReadOnlyList<int> topicLabels, IReadOnlyList<int> directionLabels)
    {
        var topic = new float[Taxonomy.Topics.Count];
        var direction = new float[Taxonomy.Directions.Count];
        var topicCorrect = 0;
        var directionCorrect = 0;
        for (var i = 0; i < notes.Count; i++)
        {
            scorer.Score(notes[i], topic, direction, explain: false);
            topicCorrect += NoteClassifier.ArgMax(topic) == topicLabels[i] ? 1 : 0;
            directionCorrect += NoteClassifier.ArgMax(direction) == directionLabels[i] ? 1 : 0;
        }

        return (Math.Round((double)topicCorrect / notes.Count, 6), Math.Round((double)directionCorrect / notes.Count, 6));
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

        throw new ArgumentException($"Unknown label '{label}'.", nameof(label));
    }
}
