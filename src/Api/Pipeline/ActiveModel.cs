using MentorGraph.Analytics.Classification;
using MentorGraph.Api.Schema.Classification;

namespace MentorGraph.Api.Pipeline;

/// <summary>
/// The classifier the pipeline classifies with (and <c>classifier</c> / <c>classifyNote</c> answer with), the version its
/// results are stored under, where this process got it from and when.
/// </summary>
public sealed record ActiveModel(NoteClassifier Classifier, string Version, ModelOrigin Origin, DateTimeOffset LoadedAt);

/// <summary>
/// Where the pipeline gets the active model from: in <c>serve</c> and <c>jobs</c> the version marked ACTIVE in
/// PostgreSQL (<c>Models.DatabaseActiveModelSource</c>, which every process follows without a restart); the built-in
/// model (<see cref="BuiltInActiveModel"/>) where no model store is registered.
/// </summary>
public interface IActiveModelSource
{
    /// <summary>The active model, loading it first if needed (the built-in model takes 10–45 s the first time).</summary>
    ActiveModel Get();

    /// <summary>The active model's version when it is known without loading anything; null otherwise.</summary>
    string? KnownVersion { get; }
}

/// <summary>The built-in model (<see cref="ClassifierSource"/>), versioned by its pipeline version and training set.</summary>
public sealed class BuiltInActiveModel(ClassifierSource classifier) : IActiveModelSource
{
    public ActiveModel Get()
    {
        var loaded = classifier.Get();
        return new ActiveModel(loaded.Classifier, VersionOf(loaded.Classifier.Metadata), ModelOrigins.Of(loaded.Source), loaded.LoadedAt);
    }

    public string? KnownVersion => classifier.IsLoaded ? VersionOf(classifier.Get().Classifier.Metadata) : null;

    /// <summary><c>builtin-</c> and the first 12 hex digits of the training set's hash: another corpus or pipeline is another version.</summary>
    public static string VersionOf(ModelMetadata metadata)
    {
        var pipeline = metadata.ModelVersion[(metadata.ModelVersion.LastIndexOf('/') + 1)..];
        return $"builtin-{pipeline}-{metadata.TrainingSetHash[..Math.Min(12, metadata.TrainingSetHash.Length)]}";
    }
}
