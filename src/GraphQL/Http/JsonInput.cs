using System.Text.Json;

namespace MentorGraph.GraphQL.Http;

/// <summary>Turns decoded JSON into the plain values the executor takes for variables and extensions.</summary>
public static class JsonInput
{
    /// <summary>
    /// null, bool, string, long (integral numbers that fit), decimal or double (other numbers),
    /// IReadOnlyList&lt;object?&gt; and IReadOnlyDictionary&lt;string, object?&gt; (ordered as written).
    /// </summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => ToMap(element),
        _ => throw new JsonException($"Unsupported JSON value kind {element.ValueKind}."),
    };

    /// <summary>A JSON object as an ordered map; a repeated key keeps its last value, as JSON parsers do.</summary>
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToValue(property.Value);
        }

        return map;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }

        var raw = element.GetRawText();
        if (!raw.Contains('e') && !raw.Contains('E') && element.TryGetDecimal(out var exact))
        {
            return exact;
        }

        return element.GetDouble();
    }
}
