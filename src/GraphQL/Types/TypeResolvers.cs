using System.Collections;
using System.Text.Json;

namespace MentorGraph.GraphQL.Types;

/// <summary>Ready-made <see cref="TypeResolver"/>s.</summary>
public static class TypeResolvers
{
    /// <summary>
    /// The object type named by the value's <c>__typename</c> entry: a dictionary key or a JSON object
    /// member (as in mock data). Null when the value has none.
    /// </summary>
    public static string? ByTypename(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? AsString(name) : null,
        IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? AsString(name) : null,
        IDictionary map => map.Contains("__typename") ? AsString(map["__typename"]) : null,
        JsonElement { ValueKind: JsonValueKind.Object } element =>
            element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        _ => null,
    };

    private static string? AsString(object? value) => value switch
    {
        string text => text,
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
        _ => null,
    };
}
