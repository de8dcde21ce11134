using System.Globalization;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec 3.5.3).</summary>
public sealed class StringScalarType : ScalarType
{
    internal StringScalarType()
        : base("String", "The `String` scalar type: textual data as a sequence of Unicode characters.")
    {
    }

    /// <summary>Accepts strings and chars, booleans ("true"/"false") and finite numbers (written as JavaScript would).</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        switch (unwrapped)
        {
            case string text:
                return text;
            case char character:
                return character.ToString();
            case bool flag:
                return flag ? "true" : "false";
        }

        if (ScalarValues.TryGetInteger(unwrapped, out var integer, out _) && unwrapped is not double and not float and not decimal)
        {
            return integer.ToString(CultureInfo.InvariantCulture);
        }

        if (unwrapped is decimal m)
        {
            return ScalarValues.FormatNumber((double)m);
        }

        if (ScalarValues.TryGetDouble(unwrapped, out var number) && double.IsFinite(number))
        {
            return ScalarValues.FormatNumber(number);
        }

        throw new ValueCoercionException($"String cannot represent value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts only strings.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        return unwrapped as string
            ?? throw new ValueCoercionException($"String cannot represent a non string value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts only a String (or block string) literal.</summary>
    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text
            ? text.Value
            : throw new ValueCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
}
