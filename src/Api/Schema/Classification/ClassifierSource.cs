using MentorGraph.Analytics.Classification;
using MentorGraph.Analytics.DefaultModel;

namespace MentorGraph.Api.Schema.Classification;

/// <summary>The classifier the API serves, with where it came from and when this process loaded it.</summary>
public sealed record LoadedClassifier(NoteClassifier Classifier, DefaultModelSource Source, DateTimeOffset LoadedAt);

/// <summary>
/// Loads the API's classifier once, on first use (the default model may have to be trained first),
/// and hands the same instance to every request. Thread-safe.
/// </summary>
public sealed class ClassifierSource
{
    private readonly Lazy<LoadedClassifier> _loaded;

    /// <param name="load">Loads the classifier; called at most once.</param>
    /// <param name="time">The clock that stamps <see cref="LoadedClassifier.LoadedAt"/>.</param>
    public ClassifierSource(Func<(NoteClassifier Classifier, DefaultModelSource Source)> load, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(time);
        _loaded = new Lazy<LoadedClassifier>(() =>
        {
            var (classifier, source) = load();
            return new LoadedClassifier(classifier, source, time.GetUtcNow());
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The built-in model (<see cref="DefaultClassifier"/>): read from the model cache, or trained from the embedded corpus.</summary>
    public static ClassifierSource Default(TimeProvider time) =>
        new(() => (DefaultClassifier.Get(), DefaultClassifier.Source), time);

    public bool IsLoaded => _loaded.IsValueCreated;

    public LoadedClassifier Get() => _loaded.Value;
}
