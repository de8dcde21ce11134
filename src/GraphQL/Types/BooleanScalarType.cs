using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c>: true or false (spec 3.5.4).</summary>
public sealed class BooleanScalarType : ScalarType
{
    internal BooleanScalarType()
        : base("Boolean", "The `Boolean` scalar type: `true` or `false`.")
    {
    }

    /// <summary>Accepts booleans and finite numbers (non-zero is true).</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (unwrapped is bool flag)
        {
            return flag;
        }

        if (ScalarValues.TryGetDouble(unwrapped, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts only booleans.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        return unwrapped is bool flag
            ? flag
            : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {ScalarValues.Inspect(unwrapped)}");
    }

    /// <summary>Accepts only <c>true</c> and <c>false</c> literals.</summary>
    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode flag
            ? flag.Value
            : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");
}
