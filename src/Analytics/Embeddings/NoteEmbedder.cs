using MentorGraph.Analytics.Training;

namespace MentorGraph.Analytics.Embeddings;

/// <summary>
/// A note's sentence embedding: <see cref="EmbeddingText.For"/> (names as roles), encoded in chunks of at
/// most the encoder's window when the note is longer, the chunks' vectors averaged (weighted by their
/// length) and scaled to unit length. Every embedding is kept in the <see cref="Store"/> under the key of its
/// text, so a note is encoded once. Many notes are encoded in batches of chunks of similar length (a
/// batch is padded to its longest chunk). Thread-safe.
/// </summary>
public sealed class NoteEmbedder
{
    private readonly ITextEncoder _encoder;
    private readonly int _batchSize;

    public NoteEmbedder(ITextEncoder encoder, EmbeddingStore? store = null, int batchSize = 16)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (store is not null && (store.Model != encoder.Model || store.Dimensions != encoder.Dimensions))
        {
            throw new ArgumentException($"The store holds embeddings of '{store.Model}', not of '{encoder.Model}'.", nameof(store));
        }

        _encoder = encoder;
        _batchSize = batchSize;
        Store = store ?? new EmbeddingStore(encoder.Model, encoder.Dimensions);
    }

    /// <summary>The sentence encoder that computes what the store does not have.</summary>
    public ITextEncoder Encoder => _encoder;

    public string Model => _encoder.Model;

    public int Dimensions => _encoder.Dimensions;

    public EmbeddingStore Store { get; }

    /// <summary>The key under which the note's embedding is kept.</summary>
    public string KeyOf(Note note) => EmbeddingStore.KeyOf(Model, EmbeddingText.For(note));

    /// <summary>The note's embedding: its own when it carries one of this model, else the stored one, else encoded now (and stored).</summary>
    public float[] Embed(Note note, CancellationToken cancellationToken = default) => EmbedMany([note], null, cancellationToken)[0];

    /// <summary>The embeddings of many notes, in order; only those not yet stored are encoded, in length-sorted batches.</summary>
    /// <param name="progress">Told after each batch when anything is encoded (the share of chunks done).</param>
    public float[][] EmbedMany(IReadOnlyList<Note> notes, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var result = new float[notes.Count][];
        var pending = new Dictionary<string, (string Text, List<int> Notes)>(StringComparer.Ordinal);
        for (var i = 0; i < notes.Count; i++)
        {
            if (notes[i].Embedding is { } own && own.Model == Model && own.Vector.Length == Dimensions)
            {
                result[i] = own.Vector;
                continue;
            }

            var text = EmbeddingText.For(notes[i]);
            var key = EmbeddingStore.KeyOf(Model, text);
            if (Store.TryGet(key, out var stored))
            {
                result[i] = stored;
            }
            else if (pending.TryGetValue(key, out var waiting))
            {
                waiting.Notes.Add(i);
            }
            else
            {
                pending[key] = (text, [i]);
            }
        }

        if (pending.Count == 0)
        {
            return result;
        }

        // Every chunk of every text to encode, shortest first, so a batch's padding is small.
        var texts = pending.ToArray();
        var chunks = new List<(int Text, string Chunk)>();
        for (var t = 0; t < texts.Length; t++)
        {
            foreach (var chunk in EmbeddingText.Chunks(texts[t].Value.Text, _encoder.MaxChunkCharacters))
            {
                chunks.Add((t, chunk));
            }
        }

        var order = Enumerable.Range(0, chunks.Count).OrderBy(c => chunks[c].Chunk.Length).ThenBy(c => c).ToArray();
        var sums = new double[texts.Length][];
        for (var start = 0; start < order.Length; start += _batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, Math.Min(_batchSize, order.Length - start)).ToArray();
            var vectors = _encoder.Encode(batch.Select(c => chunks[c].Chunk).ToArray(), cancellationToken);
            for (var b = 0; b < batch.Length; b++)
            {
                var (t, chunk) = chunks[batch[b]];
                var sum = sums[t] ??= new double[Dimensions];
                for (var d = 0; d < Dimensions; d++)
                {
                    sum[d] += (double)vectors[b][d] * chunk.Length;
                }
            }

            progress?.Report(new TrainingProgress("sentence embeddings", Math.Min(1.0, (double)(start + batch.Length) / order.Length)));
        }

        for (var t = 0; t < texts.Length; t++)
        {
            var vector = UnitLength(sums[t]);
            Store.Add(texts[t].Key, vector);
            foreach (var i in texts[t].Value.Notes)
            {
                result[i] = vector;
            }
        }

        return result;
    }

    private static float[] UnitLength(double[] sum)
    {
        var norm = Math.Sqrt(sum.Sum(v => v * v));
        return sum.Select(v => norm > 0 ? (float)(v / norm) : 0f).ToArray();
    }
}
