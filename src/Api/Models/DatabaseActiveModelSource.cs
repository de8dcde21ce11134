using MentorGraph.Analytics.Artifacts;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.Evaluation;
using MentorGraph.Analytics.Retraining;
using MentorGraph.Api.Pipeline;
using MentorGraph.Api.Schema.Classification;
using MentorGraph.Persistence.Models;

namespace MentorGraph.Api.Models;

/// <summary>
/// The active model from PostgreSQL, behind the pipeline's <see cref="IActiveModelSource"/> (registered before
/// the jobs' services, so it replaces <see cref="BuiltInActiveModel"/>). <see cref="RefreshAsync"/> (run by <see cref="ActiveModelWatcher"/> at
/// start and then every <c>Classifier:ActiveModelPollSeconds</c>) first stores the built-in model as the first
/// ACTIVE version when the database has none (<see cref="ModelStore.EnsureActiveAsync"/>, safe when several
/// processes start at once), then reads the active version — one index lookup — and, when it changed, loads
/// that model's package and switches to it. The built-in model is stored with its development-set scores (and a model
/// stored without them is scored after the switch), so <c>activeClassifier</c> always has numbers to show. The built-in model is never read back from the database: its
/// version is recognised and the loaded instance used. An active model this build cannot load (of an older
/// pipeline version, or damaged) is retired and the built-in model activated in its place.
/// </summary>
public sealed class DatabaseActiveModelSource(
    ClassifierSource builtin, ModelStore store, ILogger<DatabaseActiveModelSource> logger, TimeProvider? clock = null) : IActiveModelSource
{
    private readonly TaskCompletionSource<ActiveModel> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile ActiveModel? _current;
    private bool _ensured;

    /// <summary>The model in use; null until the first refresh has finished.</summary>
    public ActiveModel? Current => _current;

    public string? KnownVersion => _current?.Version;

    /// <summary>The model in use; before the first refresh has finished (the watcher runs it at start), runs it here.</summary>
    public ActiveModel Get()
    {
        if (_current is { } current)
        {
            return current;
        }

        RefreshAsync().GetAwaiter().GetResult();
        return _current ?? throw new InvalidOperationException("The database has no active classifier model.");
    }

    /// <summary>The model in use, waiting for the first refresh (by the watcher or another caller) when it has not finished.</summary>
    public Task<ActiveModel> GetAsync(CancellationToken cancellationToken = default) =>
        _current is { } current ? Task.FromResult(current) : _first.Task.WaitAsync(cancellationToken);

    /// <summary>Follows the database's active model; returns whether the model in use changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The built-in model's first load may train it (10–45 s); it runs off the caller's thread.
            var loaded = builtin.IsLoaded ? builtin.Get() : await Task.Run(builtin.Get, cancellationToken).ConfigureAwait(false);
            var builtinVersion = ModelVersions.Builtin(loaded.Classifier.Metadata);
            if (!_ensured)
            {
                var (_, stored) = await store.EnsureActiveAsync(() => BuiltinModel(loaded, builtinVersion), cancellationToken).ConfigureAwait(false);
                if (stored)
                {
                    logger.LogInformation("Stored the built-in classifier as the first active model, {Version}.", builtinVersion);
                }

                _ensured = true;
            }

            var version = await store.GetActiveVersionAsync(cancellationToken).ConfigureAwait(false);
            if (version is null || version == _current?.Version)
            {
                return false;
            }

            var classifier = loaded.Classifier;
            var origin = ModelOrigins.Of(loaded.Source);
            var loadedAt = loaded.LoadedAt;
            if (version != builtinVersion)
            {
                var row = await store.LoadAsync(version, cancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    return false;
                }

                try
                {
                    using var package = new MemoryStream(row.Package, writable: false);
                    classifier = ModelPackage.Read(package, loaded.Classifier.Embedder);
                    origin = ModelOrigin.Database;
                    loadedAt = (clock ?? TimeProvider.System).GetUtcNow();
                }
                catch (ModelFormatException exception)
                {
                    // A model of another pipeline version (or damaged) cannot classify in this build: the built-in
                    // model replaces it, once, for every process (the store checks it is still the active one).
                    logger.LogWarning(exception, "The active classifier model {Version} cannot be loaded by this build; the built-in model {Builtin} replaces it.",
                        version, builtinVersion);
                    await store.AddActiveAsync(
                        BuiltinModel(loaded, builtinVersion) with
                        {
                            ComparedWith = version,
                            Reason = $"The built-in model, activated because {version} could not be loaded: {exception.Message}",
                        },
                        cancellationToken).ConfigureAwait(false);
                    version = await store.GetActiveVersionAsync(cancellationToken).ConfigureAwait(false);
                    if (version != builtinVersion)
                    {
                        return false;
                    }
                }
            }

            var previous = _current;
            var next = new ActiveModel(classifier, version, origin, loadedAt);
            _current = next;
            _first.TrySetResult(next);
            logger.LogInformation("Classifying with model {Version} (was {Previous}).", version, previous?.Version ?? "none");

            // A model stored before development scores were recorded (the built-in one of an older database) is scored
            // now, after the switch, so requests never wait for it; every process may try, the first write wins.
            if (!await store.HasDevelopmentScoresAsync(version, cancellationToken).ConfigureAwait(false))
            {
                var scores = await Task.Run(() => DevelopmentScores(classifier), cancellationToken).ConfigureAwait(false);
                if (await store.SetDevelopmentScoresAsync(version, scores, cancellationToken).ConfigureAwait(false))
                {
                    logger.LogInformation("Scored {Version} on the development set: topic macro-F1 {TopicMacroF1}, direction accuracy {DirectionAccuracy}.",
                        version, scores.TopicMacroF1, scores.DirectionAccuracy);
                }
            }

            return true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private static NewModel BuiltinModel(LoadedClassifier loaded, string version) => new(
        version,
        ModelPackage.ToBytes(loaded.Classifier),
        ModelPackage.MetadataJsonOf(loaded.Classifier),
        loaded.Classifier.Metadata.TrainingNotes,
        PersonLabels: 0,
        Reason: "The built-in model (trained on the built-in corpus), stored as the first version and scored on the development set.",
        Development: DevelopmentScores(loaded.Classifier),
        HeldOut: null,
        ComparedWith: null);

    /// <summary>
    /// A model's scores on the development set, computed as a retraining scores the active model
    /// (<see cref="ChallengerTraining.Score"/>), so they compare with every challenger's.
    /// </summary>
    public static StoredScores DevelopmentScores(NoteClassifier classifier)
    {
        var scores = ChallengerTraining.Score(classifier, DevelopmentSet.Read(), []).Development;
        return new StoredScores(scores.TopicMacroF1, scores.DirectionAccuracy, scores.Notes);
    }
}
