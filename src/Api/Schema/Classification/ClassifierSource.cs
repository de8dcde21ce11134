using System.Diagnostics;
using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;
using MentorGraph.Analytics.Training;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The classifier the API serves, with where it came from and when this process loaded it.</summary>
public sealed record LoadedClassifier(NoteClassifier Classifier, DefaultModelSource Source, DateTimeOffset LoadedAt);

/// <summary>Where loading the classifier stands, for readiness checks.</summary>
public enum ClassifierState
{
    /// <summary>Nobody has asked for it yet.</summary>
    NotLoaded,

    /// <summary>Being read from the cache or trained.</summary>
    Loading,

    /// <summary>Loaded; every request gets it at once.</summary>
    Ready,

    /// <summary>The last attempt failed; the next use tries again.</summary>
    Failed,
}

/// <summary>
/// Loads the API's classifier once, on first use (the default model may have to be trained first),
/// and hands the same instance to every request. Thread-safe; concurrent first uses wait for one load.
/// A failed load is not remembered: the next use tries again. <see cref="State"/> says where loading
/// stands without waiting for it.
/// </summary>
public sealed class ClassifierSource
{
    private readonly Func<IProgress<TrainingProgress>, (NoteClassifier Classifier, DefaultModelSource Source)> _load;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private LoadedClassifier? _loaded;
    private volatile ClassifierState _state = ClassifierState.NotLoaded;
    private long _loadingSince;
    private volatile TrainingProgress? _progress;

    /// <param name="load">Loads the classifier; called until it succeeds once.</param>
    /// <param name="time">The clock that stamps <see cref="LoadedClassifier.LoadedAt"/>.</param>
    public ClassifierSource(Func<(NoteClassifier Classifier, DefaultModelSource Source)> load, TimeProvider time)
        : this(_ => load(), time)
    {
        ArgumentNullException.ThrowIfNull(load);
    }

    /// <param name="load">Loads the classifier, telling the given progress how it goes; called until it succeeds once.</param>
    /// <param name="time">The clock that stamps <see cref="LoadedClassifier.LoadedAt"/>.</param>
    public ClassifierSource(Func<IProgress<TrainingProgress>, (NoteClassifier Classifier, DefaultModelSource Source)> load, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(time);
        _load = load;
        _time = time;
    }

    /// <summary>
    /// The built-in model (<see cref="DefaultClassifier"/>): its sentence encoder loaded, then the model read
    /// from the model cache in <paramref name="cacheDirectory"/>, or trained from the embedded corpus and its
    /// embedded sentence embeddings (and cached there).
    /// </summary>
    public static ClassifierSource Default(TimeProvider time, string? cacheDirectory) =>
        new(progress => DefaultClassifier.Load(new DefaultClassifierSettings { CacheDirectory = cacheDirectory }, progress), time);

    /// <summary>The model in the file at <paramref name="modelPath"/> (made by <c>mentorgraph train</c>), with its sentence encoder if it reads embeddings.</summary>
    public static ClassifierSource FromFile(TimeProvider time, string modelPath) =>
        new(_ =>
        {
            var metadata = Analytics.Artifacts.ModelPackage.ReadMetadata(modelPath);
            var embedder = metadata.EmbeddingModel is { } model ? Cli.Classifier.SentenceEncoders.Embedder(model) : null;
            return (Analytics.Artifacts.ModelPackage.Load(modelPath, embedder), DefaultModelSource.Cache);
        }, time);

    /// <summary>The model <c>Classifier:ModelPath</c> names, else the built-in model cached in <c>Classifier:CacheDirectory</c>.</summary>
    public static ClassifierSource FromSettings(TimeProvider time, Configuration.ClassifierSettings settings) =>
        string.IsNullOrWhiteSpace(settings.ModelPath)
            ? Default(time, settings.ResolveCacheDirectory())
            : FromFile(time, settings.ModelPath);

    /// <summary>The last progress the load in progress (or the last load) reported; null before any.</summary>
    public TrainingProgress? Progress => _progress;

    public bool IsLoaded => Volatile.Read(ref _loaded) is not null;

    /// <summary>Where loading stands now.</summary>
    public ClassifierState State => _state;

    /// <summary>How long the load in progress has been running; zero when none is.</summary>
    public TimeSpan LoadingFor =>
        _state == ClassifierState.Loading ? Stopwatch.GetElapsedTime(Interlocked.Read(ref _loadingSince)) : TimeSpan.Zero;

    /// <summary>The classifier, loading it first if no earlier call did.</summary>
    public LoadedClassifier Get()
    {
        if (Volatile.Read(ref _loaded) is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            if (_loaded is null)
            {
                Interlocked.Exchange(ref _loadingSince, Stopwatch.GetTimestamp());
                _state = ClassifierState.Loading;
                try
                {
                    var (classifier, source) = _load(new Recorder(this));
                    Volatile.Write(ref _loaded, new LoadedClassifier(classifier, source, _time.GetUtcNow()));
                    _state = ClassifierState.Ready;
                }
                catch
                {
                    _state = ClassifierState.Failed;
                    throw;
                }
            }

            return _loaded!;
        }
    }

    /// <summary>Keeps the latest report (reports come in order, one at a time).</summary>
    private sealed class Recorder(ClassifierSource source) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => source._progress = value;
    }
}
