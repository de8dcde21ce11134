using System.Globalization;
using System.Numerics;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntScalarType : ScalarType
{
    internal IntScalarType()
        : base("Int", "The `Int` scalar type: a signed whole number from -2147483648 to 2147483647 (32 bits).")
    {
    }

    /// <summary>Accepts any integral number in range, an integral floating-point value, a numeric string, and a boolean (1/0).</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        object candidate = unwrapped switch
        {
            bool flag => flag ? 1 : 0,
            string text when text.Length > 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => unwrapped,
        };

        if (!ScalarValues.TryGetInteger(candidate, out var integer, out var isNumber))
        {
            if (isNumber && IsOutOfRangeWhole(candidate))
            {
                throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ScalarValues.Inspect(unwrapped)}");
            }

            throw new ValueCoercionException($"Int cannot represent non-integer value: {ScalarValues.Inspect(unwrapped)}");
        }

        return ToInt32(integer, unwrapped);
    }

    /// <summary>Accepts only integral numbers in range (an integral double such as 1.0 included); strings and booleans are refused.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (unwrapped is bool || !ScalarValues.TryGetInteger(unwrapped, out var integer, out _))
        {
            if (unwrapped is not bool && IsOutOfRangeWhole(unwrapped))
            {
                throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ScalarValues.Inspect(unwrapped)}");
            }

            throw new ValueCoercionException($"Int cannot represent non-integer value: {ScalarValues.Inspect(unwrapped)}");
        }

        return ToInt32(integer, unwrapped);
    }

    /// <summary>Accepts only an Int literal in range.</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw new ValueCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
        }

        return result;
    }

    private static int ToInt32(long integer, object original)
    {
        if (integer is < int.MinValue or > int.MaxValue)
        {
            throw new ValueCoercionException($"Int cannot represent non 32-bit signed integer value: {ScalarValues.Inspect(original)}");
        }

        return (int)integer;
    }

    /// <summary>A whole number too big even for a long (ulong, huge doubles or decimals).</summary>
    private static bool IsOutOfRangeWhole(object value) => value switch
    {
        ulong => true,
        double d => double.IsFinite(d) && Math.Floor(d) == d,
        float f => float.IsFinite(f) && MathF.Floor(f) == f,
        decimal m => decimal.Truncate(m) == m,
        BigInteger => true,
        _ => false,
    };
}
