namespace MentorGraph.Api.Exports;

/// <summary>
/// The response body as the row writers see it, which the endpoint can close to them: when an export fails before
/// anything was sent, it answers with a JSON error instead, and the writers' buffered header must then not follow
/// that error when they are disposed. Writes after <see cref="Close"/> are dropped.
/// </summary>
internal sealed class ClosableResponseStream(Stream body) : Stream
{
    private bool _closed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>From now on, nothing written reaches the body.</summary>
    public override void Close() => _closed = true;

    public override void Flush()
    {
        if (!_closed)
        {
            body.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _closed ? Task.CompletedTask : body.FlushAsync(cancellationToken);

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (!_closed)
        {
            body.Write(buffer, offset, count);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _closed ? Task.CompletedTask : body.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _closed ? ValueTask.CompletedTask : body.WriteAsync(buffer, cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
