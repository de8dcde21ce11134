using System.Collections;
using System.Globalization;
using System.Text;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>
/// A field's coerced arguments as canonical text (object keys sorted), so that the parents asking for the
/// same page share one DataLoader and parents with other arguments (an alias with another filter) do not.
/// </summary>
internal static class ArgumentSignature
{
    public static string Of(IReadOnlyDictionary<string, object?> arguments)
    {
        var text = new StringBuilder();
        Write(text, arguments);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IReadOnlyDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (key, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    text.Append(key).Append(':');
                    Write(text, field);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }
}
