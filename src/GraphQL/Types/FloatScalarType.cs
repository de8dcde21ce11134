using System.Globalization;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec 3.5.2).</summary>
public sealed class FloatScalarType : ScalarType
{
    internal FloatScalarType()
        : base("Float", "The `Float` scalar type: a signed, finite double-precision (IEEE 754) number.")
    {
    }

    /// <summary>Accepts any finite number, a numeric string and a boolean (1/0); returns a double.</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        double number;
        switch (unwrapped)
        {
            case bool flag:
                return flag ? 1.0 : 0.0;
            case string text when text.Length > 0
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            default:
                if (!ScalarValues.TryGetDouble(unwrapped, out number))
                {
                    throw NonNumeric(unwrapped);
                }

                break;
        }

        return double.IsFinite(number) ? number : throw NonNumeric(unwrapped);
    }

    /// <summary>Accepts only finite numbers; strings and booleans are refused.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (!ScalarValues.TryGetDouble(unwrapped, out var number) || !double.IsFinite(number))
        {
            throw NonNumeric(unwrapped);
        }

        return number;
    }

    /// <summary>Accepts an Int or Float literal whose value is finite.</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => null,
        };

        if (text is null
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            || !double.IsFinite(result))
        {
            throw new ValueCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}");
        }

        return result;
    }

    private static ValueCoercionException NonNumeric(object value) =>
        new($"Float cannot represent non numeric value: {ScalarValues.Inspect(value)}");
}
