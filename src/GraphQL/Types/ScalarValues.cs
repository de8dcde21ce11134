using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Types;

/// <summary>Helpers shared by the scalar coercions: JSON unwrapping, number tests and value descriptions for messages.</summary>
internal static class ScalarValues
{
    private const int MaxInspectItems = 10;
    private const int MaxInspectDepth = 2;

    /// <summary>A <see cref="JsonElement"/> leaf as the CLR value it holds (string, bool, long, double); anything else unchanged.</summary>
    public static object Unwrap(object value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
            _ => value,
        };
    }

    /// <summary>Any CLR number as a double (bool and non-numbers give false).</summary>
    public static bool TryGetDouble(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>An integral CLR number (of any numeric type, including integral doubles and decimals) as a long.</summary>
    public static bool TryGetInteger(object value, out long integer, out bool isNumber)
    {
        isNumber = true;
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul when ul <= long.MaxValue: integer = (long)ul; return true;
            case ulong: integer = 0; return false;
            case double or float:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(d) && Math.Floor(d) == d && d >= long.MinValue && d < 9.2233720368547758E18)
                {
                    integer = (long)d;
                    return true;
                }

                integer = 0;
                return false;
            case decimal m:
                if (decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue)
                {
                    integer = (long)m;
                    return true;
                }

                integer = 0;
                return false;
            default:
                isNumber = false;
                integer = 0;
                return false;
        }
    }

    /// <summary>A number the way JavaScript's <c>String(number)</c> writes it (shortest round trip, "1e+21", "1e-7").</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);

        // Digits and decimal exponent of the shortest representation: value = 0.d1d2...dk × 10^n.
        var exponentAt = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt >= 0 ? shortest[..exponentAt] : shortest;
        var exponent = exponentAt >= 0 ? int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture) : 0;
        var dot = mantissa.IndexOf('.');
        var integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fractionPart = dot >= 0 ? mantissa[(dot + 1)..] : string.Empty;
        var digits = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        pointPosition -= leadingZeros;
        digits = digits.TrimEnd('0');

        var k = digits.Length;
        var n = pointPosition;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>A short, client-safe description of a value for error messages (strings quoted, lists and maps shown).</summary>
    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return Printer.PrintString(text);
            case bool flag:
                return flag ? "true" : "false";
            case char character:
                return Printer.PrintString(character.ToString());
            case double or float:
                return FormatNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture));
            case IFormattable when value is int or long or short or byte or sbyte or ushort or uint or ulong or decimal:
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            case Enum member:
                return member.ToString();
            case DateTime or DateTimeOffset or DateOnly or TimeOnly:
                return ((IFormattable)value).ToString("O", CultureInfo.InvariantCulture);
            case Guid or TimeSpan:
                return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
            case JsonElement element:
                return InspectJson(element, depth);
            case IDictionary dictionary:
                return InspectEntries(dictionary.Keys.Cast<object>().Select(k => (k.ToString() ?? string.Empty, dictionary[k])), dictionary.Count, depth);
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                var list = pairs.ToList();
                return InspectEntries(list.Select(p => (p.Key, p.Value)), list.Count, depth);
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().ToList();
                return InspectItems(items, depth);
            default:
                return $"an object of type {value.GetType().Name}";
        }
    }

    private static string InspectJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => InspectEntries(
            element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)),
            element.EnumerateObject().Count(),
            depth),
        JsonValueKind.Array => InspectItems(element.EnumerateArray().Select(e => (object?)e).ToList(), depth),
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        _ => Inspect(Unwrap(element), depth),
    };

    private static string InspectItems(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth >= MaxInspectDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxInspectItems).Select(item => Inspect(item, depth + 1)).ToList();
        if (items.Count > MaxInspectItems)
        {
            var more = items.Count - MaxInspectItems;
            shown.Add(more == 1 ? "... 1 more item" : $"... {more} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static string InspectEntries(IEnumerable<(string Key, object? Value)> entries, int count, int depth)
    {
        if (count == 0)
        {
            return "{}";
        }

        if (depth >= MaxInspectDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", entries.Select(e => e.Key + ": " + Inspect(e.Value, depth + 1))) + " }";
    }
}
