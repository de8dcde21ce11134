using System.Buffers;
using System.Text.Json;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Writes the executor's result tree (<see cref="ObjectResult"/> objects and <c>object?[]</c> lists) as JSON
/// without recursion, so the writing can stop whenever enough bytes are pending, let the caller flush them
/// to the client, and go on where it stopped. Reads the objects' key and value slots directly: no
/// enumerator, no boxing. Any other value is written by <see cref="ResponseJsonWriter.WriteValue"/>.
/// </summary>
internal struct ResponseWalker : IDisposable
{
    private readonly bool _rawChunks;
    private Frame[] _frames;
    private int _depth;

    /// <summary>Starts at <paramref name="value"/>: a tree is walked, anything else written at once.</summary>
    public ResponseWalker(Utf8JsonWriter writer, object? value)
    {
        _frames = ArrayPool<Frame>.Shared.Rent(16);
        _depth = 0;
        _rawChunks = PlainJsonStrings.PairsApply(writer);
        WriteOrEnter(writer, value);
    }

    /// <summary>True for the values this walker writes itself.</summary>
    public static bool IsTree(object? value) => value is ObjectResult or object?[];

    /// <summary>Writes until the whole value is written (true) or at least <paramref name="pendingLimit"/>
    /// bytes are pending in <paramref name="writer"/> (false: flush them, then call again).</summary>
    public bool Write(Utf8JsonWriter writer, long pendingLimit)
    {
        while (_depth > 0)
        {
            ref var frame = ref _frames[_depth - 1];
            if (frame.Container is ObjectResult map)
            {
                if (frame.Next == map.Count)
                {
                    writer.WriteEndObject();
                    _depth--;
                }
                else
                {
                    var slot = frame.Next++;
                    var key = map.KeySpan[slot];
                    var value = map.ValueSpan[slot];
                    if (!_rawChunks || value is not string text || !PlainJsonStrings.TryWritePair(writer, key, text))
                    {
                        writer.WritePropertyName(key);
                        WriteOrEnter(writer, value);
                    }
                }
            }
            else
            {
                var list = (object?[])frame.Container;
                if (frame.Next == list.Length)
                {
                    writer.WriteEndArray();
                    _depth--;
                }
                else
                {
                    WriteOrEnter(writer, list[frame.Next++]);
                }
            }

            if (writer.BytesPending >= pendingLimit)
            {
                return _depth == 0;
            }
        }

        return true;
    }

    public void Dispose()
    {
        if (_frames.Length > 0)
        {
            Array.Clear(_frames, 0, _depth);
            ArrayPool<Frame>.Shared.Return(_frames);
            _frames = [];
        }
    }

    private void WriteOrEnter(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case ObjectResult map:
                if (_rawChunks && PlainJsonStrings.TryWriteLeafObject(writer, map))
                {
                    break;
                }

                writer.WriteStartObject();
                Enter(map);
                break;
            case object?[] list:
                writer.WriteStartArray();
                Enter(list);
                break;
            default:
                ResponseJsonWriter.WriteValue(writer, value);
                break;
        }
    }

    private void Enter(object container)
    {
        if (_depth == _frames.Length)
        {
            var larger = ArrayPool<Frame>.Shared.Rent(_frames.Length * 2);
            Array.Copy(_frames, larger, _depth);
            Array.Clear(_frames, 0, _depth);
            ArrayPool<Frame>.Shared.Return(_frames);
            _frames = larger;
        }

        _frames[_depth++] = new Frame { Container = container };
    }

    private struct Frame
    {
        public object Container;
        public int Next;
    }
}
