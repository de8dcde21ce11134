using System.Text.Json;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>Turns <see cref="JsonElement"/> values into the plain values the engine works with.</summary>
internal static class JsonValues
{
    /// <summary>
    /// A JSON value as null, bool, string, long (integral numbers that fit), double, a list or a dictionary,
    /// converted all the way down.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, property) =>
            {
                map[property.Name] = ToClr(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        _ => ToClrLeaf(element),
    };

    /// <summary>A JSON leaf as a plain value; objects and arrays stay <see cref="JsonElement"/>s.</summary>
    public static object? ToClrLeaf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };
}
