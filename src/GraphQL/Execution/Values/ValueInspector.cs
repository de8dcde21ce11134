using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MentorGraph.GraphQL.Execution.Values;

/// <summary>
/// Writes an input value for an error message, the way graphql-js's <c>inspect</c> does: strings quoted,
/// lists as <c>[1, 2]</c>, objects as <c>{ a: 1 }</c>; deep or long values are cut short.
/// </summary>
internal static class ValueInspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;
    private const int MaxStringLength = 100;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case JsonElement element:
                Write(builder, JsonValues.ToClr(element), depth);
                return;
            case string text:
                var shown = text.Length > MaxStringLength ? text[..MaxStringLength] + "..." : text;
                builder.Append(JsonSerializer.Serialize(shown, QuoteOptions));
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case IFormattable number when IsNumber(value):
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Enum member:
                builder.Append(member.ToString());
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteObject(builder, map, depth);
                return;
            case IEnumerable sequence:
                WriteList(builder, sequence, depth);
                return;
            default:
                builder.Append('[').Append(value.GetType().Name).Append(']');
                return;
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map, int depth)
    {
        if (depth >= MaxDepth)
        {
            builder.Append("[object]");
            return;
        }

        var entries = map.ToList();
        if (entries.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(entries[i].Key).Append(": ");
            Write(builder, entries[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void WriteList(StringBuilder builder, IEnumerable sequence, int depth)
    {
        if (depth >= MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        var items = sequence.Cast<object?>().ToList();
        builder.Append('[');
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Write(builder, items[i], depth + 1);
        }

        if (items.Count > MaxItems)
        {
            builder.Append(", ... ").Append(items.Count - MaxItems).Append(" more items");
        }

        builder.Append(']');
    }

    private static bool IsNumber(object value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
