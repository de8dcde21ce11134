namespace MentorGraph.GraphQL.Execution;

/// <summary>A position in the response: a chain of field response keys and list indices.</summary>
internal sealed class ResponsePath(ResponsePath? previous, object key)
{
    public ResponsePath? Previous { get; } = previous;

    /// <summary>A response key (string) or list index (int).</summary>
    public object Key { get; } = key;

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Previous)
        {
            depth++;
        }

        var keys = new object[depth];
        for (var p = this; p is not null; p = p.Previous)
        {
            keys[--depth] = p.Key;
        }

        return keys;
    }
}
