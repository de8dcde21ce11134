using System.Collections;
using System.Diagnostics.CodeAnalysis;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// An object in the response: one slot per collected field, in collected order. The response keys are
/// the selection's, shared by every object built from it; only the values are this object's own, so an
/// object costs one small array instead of a growing dictionary. It is also the map the response holds
/// (<see cref="ExecutionResult.Data"/> and every nested object).
/// </summary>
internal sealed class ObjectResult : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ObjectResult(ResultNode? parent, int slotInParent, GraphQLType? positionType, string[] keys)
        : base(parent, slotInParent, positionType)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    /// <summary>The response keys, in order (shared: never modify).</summary>
    public ReadOnlySpan<string> KeySpan => _keys;

    /// <summary>The values, slot by slot.</summary>
    public ReadOnlySpan<object?> ValueSpan => _values;

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response has no key \"{key}\".");

    public override void Set(int slot, object? value) => _values[slot] = value;

    public override object KeyOf(int slot) => _keys[slot];

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var slot = Array.IndexOf(_keys, key);
        if (slot < 0)
        {
            value = null;
            return false;
        }

        value = _values[slot];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
