namespace MentorGraph.Analytics.Embeddings;

/// <summary>A sentence encoder: texts in, one fixed-length vector per text out.</summary>
public interface ITextEncoder
{
    /// <summary>The encoder's model, as recorded in a classifier that reads its vectors (e.g. <c>snowflake-arctic-embed-xs</c>).</summary>
    string Model { get; }

    /// <summary>The length of each vector.</summary>
    int Dimensions { get; }

    /// <summary>The longest text (in characters) the encoder is given at once; longer notes are encoded in chunks.</summary>
    int MaxChunkCharacters { get; }

    /// <summary>One vector per text, in order. Safe to call from several threads at once.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
