using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Embeddings;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Features;
using MentorGraph.Analytics.Learning;
using MentorGraph.Analytics.Text;

namespace MentorGraph.Analytics.Training;

/// <summary>Trains a <see cref="NoteClassifier"/> from labeled notes with ML.NET.</summary>
public static class ClassifierTrainer
{
    /// <summary>
    /// Trains the topic model on the notes' n-grams, the direction model on the notes plus (by default)
    /// their role-swapped copies, and — with <see cref="ClassifierOptions.EmbeddingShare"/> above 0 — a
    /// second topic model on the notes' sentence embeddings (from <paramref name="embedder"/>, which
    /// computes only those it has not stored). Deterministic: the same notes in the same order with the
    /// same options give identical weights. Throws <see cref="ArgumentException"/> for a note with an
    /// unknown label or one of the <see cref="DevelopmentSet"/>, which is for measuring only.
    /// </summary>
    /// <param name="progress">Told as each stage ends (see <see cref="TrainingProgress"/>); it does not change the model.</param>
    public static NoteClassifier Train(
        IReadOnlyList<LabeledNote> notes, ClassifierOptions options, NoteEmbedder? embedder = null, IProgress<TrainingProgress>? progress = null) =>
        Train(notes, options, embedder, crossValidation: null, progress);

    /// <summary>
    /// Runs a grouped k-fold cross-validation on the notes first, then trains on all of them; the
    /// model's metadata records the cross-validation scores.
    /// </summary>
    /// <param name="progress">The folds and the final training each take an equal share.</param>
    public static (NoteClassifier Classifier, CrossValidationResult CrossValidation) TrainWithCrossValidation(
        IReadOnlyList<LabeledNote> notes, ClassifierOptions options, int folds, NoteEmbedder? embedder = null, IProgress<TrainingProgress>? progress = null)
    {
        var crossValidationShare = (double)folds / (folds + 1);
        var result = Evaluation.CrossValidation.Run(
            notes, options, folds, embedder, ProgressPart.Of(progress, 0, crossValidationShare, "cross-validation"));
        var classifier = Train(notes, options, embedder, result.ToSummary(), ProgressPart.Of(progress, crossValidationShare, 1, "final model"));
        return (classifier, result);
    }

    private static NoteClassifier Train(
        IReadOnlyList<LabeledNote> notes,
        ClassifierOptions options,
        NoteEmbedder? embedder,
        CrossValidationSummary? crossValidation,
        IProgress<TrainingProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(notes);
        options.Validate();
        if (notes.Count == 0)
        {
            throw new ArgumentException("Training needs at least one labeled note.", nameof(notes));
        }

        var useEmbeddings = options.EmbeddingShare > 0;
        if (useEmbeddings && embedder is null)
        {
            throw new ArgumentException("These options train a topic model on sentence embeddings: give a NoteEmbedder.", nameof(embedder));
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

        var stages = new StageProgress(progress);
        stages.Report("reading features", 0);
        var tokens = notes.Select(n => RoleNormalizer.Normalize(n.Note, options.Roles)).ToArray();
        var topicLabels = notes.Select(n => IndexOf(Taxonomy.Topics, n.Topic)).ToArray();
        var directionLabels = notes.Select(n => IndexOf(Taxonomy.Directions, n.Direction)).ToArray();
        IReadOnlyList<(NoteTokens Note, int Label)> topicExamples = tokens.Select((t, i) => (t, topicLabels[i])).ToArray();
        if (options.TopicSentenceDropout)
        {
            topicExamples = SentenceDropout.Augment(topicExamples, options.Seed);
        }

        var originals = tokens.Select((t, i) => (t, notes[i].Direction)).ToArray();
        var directionExamples = options.AugmentDirection
            ? DirectionAugmentation.Augment(originals, (float)options.AugmentationWeight)
            : originals.Select(e => (e.t, e.Direction, 1f)).ToArray();

        // One feature space for both n-gram models, built from the direction examples (the notes and
        // their role-swapped copies), whose IDF is then that of the notes as either participant could
        // have written them.
        var space = FeatureSpace.Build(options.Features, directionExamples.Select(e => Distinct(e.Note, options.Features)));
        var featurizer = new NoteFeaturizer(space);
        var topicData = topicExamples.Select(e => featurizer.Example(e.Note, options.TopicCharShare, direction: false, e.Label, 1f)).ToArray();
        var directionData = directionExamples
            .Select(e => featurizer.Example(e.Note, options.DirectionCharShare, direction: true, IndexOf(Taxonomy.Directions, e.Direction), e.Weight)).ToArray();

        float[][]? embeddings = null;
        if (useEmbeddings)
        {
            stages.Report("sentence embeddings", 0.05);
            embeddings = embedder!.EmbedMany(notes.Select(n => n.Note).ToArray(), ProgressPart.Of(progress, 0.05, 0.3, "reading"));
        }

        stages.Report("training the models (ML.NET L-BFGS)", 0.3);

        // The models share nothing while they train, so the topic models train on a second thread
        // while this one trains the direction model. Each is single-threaded, so its weights are the
        // same as when trained alone.
        var topicTraining = Task.Run(() =>
        {
            var topic = MaxEntModel.Train(topicData, space.Rows, Taxonomy.Topics, options.TopicTrainer, options.MlSeed);
            stages.Done("topic model (n-grams)", 0.35);
            MaxEntModel? fromEmbeddings = null;
            if (embeddings is not null)
            {
                var examples = embeddings.Select((e, i) => new VectorExample(null, e, topicLabels[i], 1f)).ToArray();
                fromEmbeddings = MaxEntModel.Train(examples, embedder!.Dimensions, Taxonomy.Topics, options.EmbeddingTrainer, options.MlSeed);
                stages.Done("topic model (sentence embeddings)", 0.05);
            }

            return (topic, fromEmbeddings);
        });
        var direction = MaxEntModel.Train(directionData, space.Rows, Taxonomy.Directions, options.DirectionTrainer, options.MlSeed);
        stages.Done("direction model", 0.3);
        var (topicModel, embeddingModel) = topicTraining.GetAwaiter().GetResult();

        var metadata = new ModelMetadata
        {
            TrainingSetHash = TrainingSetHash.Compute(notes),
            TrainingNotes = notes.Count,
            DirectionExamples = directionExamples.Count,
            Topics = Taxonomy.Topics,
            Directions = Taxonomy.Directions,
            Framework = MaxEntModel.Framework,
            EmbeddingModel = useEmbeddings ? embedder!.Model : null,
            Options = options,
            Metrics = new ModelMetrics { TrainingTopicAccuracy = 0, TrainingDirectionAccuracy = 0, CrossValidation = crossValidation },
        };
        var classifier = new NoteClassifier(metadata, space, topicModel, direction, embeddingModel, embedder);
        var (topicAccuracy, directionAccuracy) = Accuracy(classifier, notes, embeddings, topicLabels, directionLabels);
        var result = new NoteClassifier(
            metadata with
            {
                Metrics = metadata.Metrics with { TrainingTopicAccuracy = topicAccuracy, TrainingDirectionAccuracy = directionAccuracy },
            },
            space,
            topicModel,
            direction,
            embeddingModel,
            embedder);
        stages.Report("done", 1);
        return result;
    }

    /// <summary>Both models' accuracy on the training notes.</summary>
    private static (double Topic, double Direction) Accuracy(
        NoteClassifier classifier, IReadOnlyList<LabeledNote> notes, float[][]? embeddings, int[] topicLabels, int[] directionLabels)
    {
        var topic = new float[Taxonomy.Topics.Count];
        var direction = new float[Taxonomy.Directions.Count];
        var topicCorrect = 0;
        var directionCorrect = 0;
        for (var i = 0; i < notes.Count; i++)
        {
            var note = embeddings is null ? notes[i].Note : notes[i].Note with { Embedding = new NoteEmbedding(classifier.Embedder!.Model, embeddings[i]) };
            classifier.PredictProbabilities(note, topic, direction);
            topicCorrect += NoteClassifier.ArgMax(topic) == topicLabels[i] ? 1 : 0;
            directionCorrect += NoteClassifier.ArgMax(direction) == directionLabels[i] ? 1 : 0;
        }

        return (Math.Round((double)topicCorrect / notes.Count, 6), Math.Round((double)directionCorrect / notes.Count, 6));
    }

    private static int[] Distinct(NoteTokens note, FeatureOptions options)
    {
        var counts = new FeatureCounts();
        var sink = new CountingSink(counts);
        FeatureExtractor.Extract(note, options, ref sink);
        return counts.Buckets.ToArray();
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

    /// <summary>Reports stages one at a time, never going backwards; finished stages add their share.</summary>
    private sealed class StageProgress(IProgress<TrainingProgress>? progress)
    {
        private readonly Lock _gate = new();
        private double _done;

        public void Report(string stage, double atLeast)
        {
            if (progress is null)
            {
                return;
            }

            lock (_gate)
            {
                _done = Math.Max(_done, atLeast);
                progress.Report(new TrainingProgress(stage, Math.Min(1, _done)));
            }
        }

        public void Done(string stage, double share)
        {
            if (progress is null)
            {
                return;
            }

            lock (_gate)
            {
                _done = Math.Min(_done + share, 0.99);
                progress.Report(new TrainingProgress($"{stage} trained", _done));
            }
        }
    }
}
