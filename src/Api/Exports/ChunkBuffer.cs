namespace MentorGraph.Api.Exports;

/// <summary>
/// The bytes of the rows written since the last flush, handed to the output stream asynchronously once they reach
/// <see cref="ChunkSize"/>: the JSON Lines writer writes each row synchronously into this buffer (Utf8JsonWriter
/// writes synchronously), and only this class touches the response, always with WriteAsync (Kestrel refuses
/// synchronous writes).
/// </summary>
internal sealed class ChunkBuffer(Stream output) : MemoryStream(ChunkSize + (ChunkSize / 2))
{
    /// <summary>About what one network write carries; the buffer holds one such chunk plus the row that crossed it.</summary>
    public const int ChunkSize = 32 * 1024;

    public bool IsFull => Length >= ChunkSize;

    /// <summary>Writes the buffered bytes to the output and empties the buffer (its capacity is kept).</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (Length == 0)
        {
            return;
        }

        await output.WriteAsync(GetBuffer().AsMemory(0, (int)Length), cancellationToken);
        SetLength(0);
    }
}
