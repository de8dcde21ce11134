using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The classifier the API serves, with where it came from and when this process loaded it.</summary>
public sealed record LoadedClassifier(NoteClassifier Classifier, DefaultModelSource Source, DateTimeOffset LoadedAt);

/// <summary>
/// Loads the API's classifier once, on first use (the default model may have to be trained first),
/// and hands the same instance to every request. Thread-safe; concurrent first uses wait for one load.
/// A failed load is not remembered: the next use tries again.
/// </summary>
public sealed class ClassifierSource
{
    private readonly Func<(NoteClassifier Classifier, DefaultModelSource Source)> _load;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private LoadedClassifier? _loaded;

    /// <param name="load">Loads the classifier; called at most once.</param>
    /// <param name="time">The clock that stamps <see cref="LoadedClassifier.LoadedAt"/>.</param>
    public ClassifierSource(Func<(NoteClassifier Classifier, DefaultModelSource Source)> load, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(time);
        _load = load;
        _time = time;
    }

    /// <summary>The built-in model (<see cref="DefaultClassifier"/>): read from the model cache, or trained from the embedded corpus.</summary>
    public static ClassifierSource Default(TimeProvider time) =>
        new(Hosting.BuiltInModel.Get, time);

    public bool IsLoaded => Volatile.Read(ref _loaded) is not null;

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
                var (classifier, source) = _load();
                Volatile.Write(ref _loaded, new LoadedClassifier(classifier, source, _time.GetUtcNow()));
            }

            return _loaded!;
        }
    }
}
