using System.Text.Json;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>Turns <see cref="JsonElement"/> values into the plain values the engine works with.</summary>
public static class JsonValues
{
    /// <summary>
    /// A JSON value as null, bool, string, long (integral numbers that fit), double, a list or an ordered
    /// dictionary, converted all the way down. This is the form variables and extensions take.
    /// Throws <see cref="JsonException"/> when a string or property name is not Unicode text (see <see cref="GetText"/>).
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToMap(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        _ => ToClrLeaf(element),
    };

    /// <summary>A JSON object as a map in the order written; a repeated key keeps its last value.</summary>
    /// <exception cref="JsonException">A string or property name is not Unicode text (see <see cref="GetText"/>).</exception>
    public static IReadOnlyDictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[GetName(property)] = ToClr(property.Value);
        }

        return map;
    }

    /// <summary>A JSON leaf as a plain value; objects and arrays stay <see cref="JsonElement"/>s.</summary>
    /// <exception cref="JsonException">A string is not Unicode text (see <see cref="GetText"/>).</exception>
    public static object? ToClrLeaf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => GetText(element),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element,
    };

    /// <summary>
    /// The text of a JSON string. JSON's syntax allows an escaped lone surrogate (<c>"\ud800"</c>), which is
    /// no Unicode text (RFC 8259 section 8.2 leaves its meaning open; I-JSON, RFC 7493, forbids it), and
    /// <see cref="JsonDocument"/> checks neither that nor the UTF-8 inside strings until a string is read,
    /// when <see cref="JsonElement.GetString"/> throws <see cref="InvalidOperationException"/> — which a
    /// request handler would take for a server fault. This reports it as what it is, bad JSON input.
    /// </summary>
    /// <exception cref="JsonException">The string holds a lone surrogate or invalid UTF-8.</exception>
    public static string GetText(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new InvalidOperationException($"Expected a JSON string, found {element.ValueKind}.");
        }

        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw NotUnicodeText(exception);
        }
    }

    /// <summary>A property's name, failing like <see cref="GetText"/> when it is not Unicode text.</summary>
    /// <exception cref="JsonException">The name holds a lone surrogate or invalid UTF-8.</exception>
    public static string GetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException exception)
        {
            throw NotUnicodeText(exception);
        }
    }

    private static JsonException NotUnicodeText(InvalidOperationException exception) =>
        new(NotUnicodeTextMessage, exception);

    /// <summary>Why a string was refused, for messages to clients.</summary>
    public const string NotUnicodeTextMessage =
        "A string is not Unicode text: it holds an unpaired surrogate escape (such as \\ud800) or invalid UTF-8.";
}
