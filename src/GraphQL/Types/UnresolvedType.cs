using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Stands in for a type reference to an unknown name while a schema is built, so that every other
/// problem can still be found; the unknown name itself is reported. Never part of a built schema.
/// </summary>
internal sealed class UnresolvedType(string name) : ScalarType(name)
{
    public override object Serialize(object value) => throw new InvalidOperationException($"Unknown type \"{Name}\".");

    public override object ParseValue(object value) => throw new InvalidOperationException($"Unknown type \"{Name}\".");

    public override object ParseLiteral(ValueNode literal) => throw new InvalidOperationException($"Unknown type \"{Name}\".");
}
