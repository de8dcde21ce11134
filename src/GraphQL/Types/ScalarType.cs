using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// A leaf type with its three coercions (spec 3.5): result coercion (<see cref="Serialize"/>),
/// input coercion of variable values (<see cref="ParseValue"/>) and of literals (<see cref="ParseLiteral"/>).
/// Each throws <see cref="ValueCoercionException"/> when the value does not fit.
/// </summary>
public abstract class ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), if any.</summary>
    public string? SpecifiedByUrl { get; internal set; } = specifiedByUrl;

    /// <summary>A resolver's value to a JSON-compatible result value (string, bool, int, long, double, decimal).</summary>
    public abstract object Serialize(object value);

    /// <summary>
    /// A variable's value (as decoded from JSON: string, bool, long, double, decimal, lists, dictionaries)
    /// to the value resolvers receive. Never called with null.
    /// </summary>
    public abstract object ParseValue(object value);

    /// <summary>A literal in a document (never a variable or null) to the value resolvers receive.</summary>
    public abstract object ParseLiteral(ValueNode literal);
}

/// <summary>A value that cannot be coerced to a type; the message is safe to show to a client.</summary>
public sealed class ValueCoercionException(string message) : Exception(message);
