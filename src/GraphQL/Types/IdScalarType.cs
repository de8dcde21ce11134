using System.Globalization;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The built-in <c>ID</c>: a unique identifier, serialized as a string; input accepts strings and integers (spec 3.5.5).</summary>
public sealed class IdScalarType : ScalarType
{
    internal IdScalarType()
        : base("ID", "The `ID` scalar type: a unique identifier, always serialized as a string. Input accepts a string or an integer.")
    {
    }

    /// <summary>Accepts strings, integral numbers and GUIDs; returns a string.</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        return AsIdString(unwrapped)
            ?? throw new ValueCoercionException($"ID cannot represent value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts strings and integral numbers; returns a string.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        return (unwrapped is Guid ? null : AsIdString(unwrapped))
            ?? throw new ValueCoercionException($"ID cannot represent value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts a String or Int literal; returns a string.</summary>
    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => text.Value,
        IntValueNode integer => integer.Value,
        _ => throw new ValueCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    private static string? AsIdString(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case Guid guid:
                return guid.ToString("D", CultureInfo.InvariantCulture);
            case ulong big:
                return big.ToString(CultureInfo.InvariantCulture);
        }

        return ScalarValues.TryGetInteger(value, out var integer, out _)
            ? integer.ToString(CultureInfo.InvariantCulture)
            : null;
    }
}
