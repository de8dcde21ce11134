using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13).</summary>
public enum DirectiveLocation
{
    // Executable locations
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // Type system locations
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public sealed class DirectiveDefinition(string name)
{
    public string Name { get; } = name;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    public IReadOnlyList<DirectiveLocation> Locations { get; internal set; } = [];

    public bool IsRepeatable { get; internal set; }

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string argumentName) =>
        Arguments.FirstOrDefault(a => a.Name == argumentName);
}
