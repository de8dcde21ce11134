using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// A custom scalar of an SDL file whose implementation a tool does not have (<c>scalar Money</c>): values pass
/// through as they are — a fixture's JSON value is written back as JSON, a literal becomes its string, number or
/// boolean. Only for tools that build schemas from SDL alone (<see cref="MockSchema"/>); a server supplies real
/// scalars with <see cref="SchemaBuilder.AddScalar"/>.
/// </summary>
internal sealed class PassThroughScalarType(string name) : ScalarType(name)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => text.Value,
        BooleanValueNode flag => flag.Value,
        IntValueNode whole => long.TryParse(whole.Value, out var number) ? number : whole.Value,
        FloatValueNode real => double.Parse(real.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => Printer.Print(literal),
    };
}
