using System.Text.Json;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>Turns <see cref="JsonElement"/> values into the plain values the engine works with.</summary>
public static class JsonValues
{
    /// <summary>
    /// A JSON value as null, bool, string, long (integral numbers that fit), double, a list or an ordered
    /// dictionary, converted all the way down. This is the form variables and extensions take.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToMap(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        _ => ToClrLeaf(element),
    };

    /// <summary>A JSON object as a map in the order written; a repeated key keeps its last value.</summary>
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToClr(property.Value);
        }

        return map;
    }

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
