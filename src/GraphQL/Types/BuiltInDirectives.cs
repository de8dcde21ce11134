using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>The directives of the spec (3.13) and the @oneOf RFC. Every schema has them; they are shared by all schemas.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c></summary>
    public static DirectiveDefinition Skip { get; } = new("skip")
    {
        Description = "Leaves this field or fragment out of the result when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Skipped when true." }],
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
    };

    /// <summary><c>directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c></summary>
    public static DirectiveDefinition Include { get; } = new("include")
    {
        Description = "Keeps this field or fragment in the result only when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Included when true." }],
        Locations = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
    };

    /// <summary><c>directive @deprecated(reason: String = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE</c></summary>
    public static DirectiveDefinition Deprecated { get; } = new("deprecated")
    {
        Description = "Marks a part of the schema as no longer supported; clients should stop using it.",
        Arguments =
        [
            new InputValueDefinition("reason", BuiltInScalars.String)
            {
                Description = "Why it is deprecated and what to use instead, in Markdown.",
                DefaultValue = new StringValueNode(DefaultDeprecationReason),
            },
        ],
        Locations =
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
        ],
    };

    /// <summary><c>directive @specifiedBy(url: String!) on SCALAR</c></summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy")
    {
        Description = "Gives the URL of a custom scalar's specification.",
        Arguments = [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "Where the scalar's behaviour is specified." }],
        Locations = [DirectiveLocation.Scalar],
    };

    /// <summary><c>directive @oneOf on INPUT_OBJECT</c></summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf")
    {
        Description = "Makes an input object a OneOf Input Object: exactly one of its fields must be given, and not as null.",
        Locations = [DirectiveLocation.InputObject],
    };

    /// <summary>skip, include, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Skip, Include, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True when <paramref name="directiveName"/> names a built-in directive.</summary>
    public static bool IsBuiltIn(string directiveName) =>
        directiveName is "skip" or "include" or "deprecated" or "specifiedBy" or "oneOf";
}
