using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using MentorGraph.GraphQL.Execution.Values;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The resolver of fields with none bound: reads the member of the parent value named like the field —
/// a dictionary key, a <see cref="JsonElement"/> property, or a public property or field (exact name
/// first, then ignoring case, so <c>firstName</c> reads <c>FirstName</c>).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static ValueTask<object?> Resolve(IResolveFieldContext context) =>
        ValueTask.FromResult(GetMember(context.Source, context.FieldDefinition.Name));

    /// <summary>The member <paramref name="name"/> of <paramref name="source"/>, or null when it has none.</summary>
    public static object? GetMember(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) ? Normalize(property) : null;
            case JsonElement:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? Normalize(value) : null;
            case IDictionary<string, object?> map:
                return map.TryGetValue(name, out var value2) ? Normalize(value2) : null;
            case IDictionary map:
                return map.Contains(name) ? Normalize(map[name]) : null;
        }

        var accessor = GetAccessor(source.GetType(), name);
        return accessor is null ? null : Normalize(accessor(source));
    }

    /// <summary>The cached reader of member <paramref name="name"/> of values of <paramref name="type"/>; null when it has none.</summary>
    internal static Func<object, object?>? GetAccessor(Type type, string name) =>
        Accessors.GetOrAdd((type, name), static key => MemberAccessors.Create(key.Item1, key.Item2));

    /// <summary>True for the values <see cref="GetMember"/> reads through <see cref="GetAccessor"/> (not maps or JSON).</summary>
    internal static bool ReadsThroughAccessor(object source) =>
        source is not (JsonElement or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary);

    /// <summary>JSON values as plain values: leaves converted, arrays as lists, objects kept for further reads.</summary>
    internal static object? Normalize(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => Normalize(e)).ToList(),
        JsonElement { ValueKind: JsonValueKind.Object } element => element,
        JsonElement element => JsonValues.ToClrLeaf(element),
        _ => value,
    };
}
