using MentorGraph.Analytics.Embeddings;

namespace MentorGraph.Analytics.DefaultModel;

/// <summary>
/// Where the default model lives, as the host decides it. Analytics reads no environment variable or
/// configuration of its own: the host (the API, from its configuration) passes these settings in, so
/// the library behaves the same in every process and a test chooses its own directory.
/// </summary>
public sealed record DefaultClassifierSettings
{
    /// <summary>
    /// The directory in which the trained default model is cached (in its <c>models/</c> folder), so
    /// that later processes read it instead of training again. Null or blank: no cache, the model is
    /// trained by each process and kept in memory.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// The sentence encoder to use (one per process: its ONNX session holds about 300 MB); null: the
    /// default model's own (<see cref="DefaultClassifierOptions.EmbeddingModel"/>) is loaded.
    /// </summary>
    public ITextEncoder? Encoder { get; init; }
}
