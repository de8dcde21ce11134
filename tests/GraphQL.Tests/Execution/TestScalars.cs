using System.Globalization;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>
/// Small scalars for execution tests, written to the spec's coercion tables (3.5), until the built-in
/// scalars of the types work land on main.
/// </summary>
internal static class TestScalars
{
    public static readonly ScalarType Int = new IntScalar();
    public static readonly ScalarType Float = new FloatScalar();
    public static readonly ScalarType String = new StringScalar();
    public static readonly ScalarType Boolean = new BooleanScalar();
    public static readonly ScalarType Id = new IdScalar();
    public static readonly ScalarType DateTime = new DateTimeScalar();

    public static IEnumerable<NamedType> All => [Int, Float, String, Boolean, Id, DateTime];

    private sealed class IntScalar() : ScalarType("Int")
    {
        public override object Serialize(object value) => value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            bool b => b ? 1 : 0,
            _ => throw new ValueCoercionException($"Int cannot represent non-integer value: {value}"),
        };

        public override object ParseValue(object value) => value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            _ => throw new ValueCoercionException($"Int cannot represent non-integer value: {value}"),
        };

        public override object ParseLiteral(ValueNode literal) =>
            literal is IntValueNode node && int.TryParse(node.Value, CultureInfo.InvariantCulture, out var i)
                ? i
                : throw new ValueCoercionException("Int cannot represent non-integer value.");
    }

    private sealed class FloatScalar() : ScalarType("Float")
    {
        public override object Serialize(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

        public override object ParseValue(object value) => value switch
        {
            int i => (double)i,
            long l => (double)l,
            double d => d,
            _ => throw new ValueCoercionException($"Float cannot represent non numeric value: {value}"),
        };

        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new ValueCoercionException("Float cannot represent non numeric value."),
        };
    }

    private sealed class StringScalar() : ScalarType("String")
    {
        public override object Serialize(object value) => value switch
        {
            string s => s,
            int or long or bool => Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant(),
            _ => throw new ValueCoercionException("String cannot represent value."),
        };

        public override object ParseValue(object value) =>
            value as string ?? throw new ValueCoercionException($"String cannot represent a non string value: {value}");

        public override object ParseLiteral(ValueNode literal) =>
            literal is StringValueNode s ? s.Value : throw new ValueCoercionException("String cannot represent a non string value.");
    }

    private sealed class BooleanScalar() : ScalarType("Boolean")
    {
        public override object Serialize(object value) =>
            value is bool b ? b : throw new ValueCoercionException("Boolean cannot represent a non boolean value.");

        public override object ParseValue(object value) =>
            value is bool b ? b : throw new ValueCoercionException($"Boolean cannot represent a non boolean value: {value}");

        public override object ParseLiteral(ValueNode literal) =>
            literal is BooleanValueNode b ? b.Value : throw new ValueCoercionException("Boolean cannot represent a non boolean value.");
    }

    private sealed class IdScalar() : ScalarType("ID")
    {
        public override object Serialize(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

        public override object ParseValue(object value) => value switch
        {
            string s => s,
            int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => throw new ValueCoercionException($"ID cannot represent value: {value}"),
        };

        public override object ParseLiteral(ValueNode literal) => literal switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new ValueCoercionException("ID cannot represent value."),
        };
    }

    private sealed class DateTimeScalar() : ScalarType("DateTime")
    {
        public override object Serialize(object value) =>
            value is DateTimeOffset d ? d.ToString("O", CultureInfo.InvariantCulture) : throw new ValueCoercionException("DateTime cannot represent value.");

        public override object ParseValue(object value) =>
            value is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new ValueCoercionException("DateTime must be an ISO-8601 date-time string.");

        public override object ParseLiteral(ValueNode literal) =>
            literal is StringValueNode s ? ParseValue(s.Value) : throw new ValueCoercionException("DateTime must be an ISO-8601 date-time string.");
    }
}
