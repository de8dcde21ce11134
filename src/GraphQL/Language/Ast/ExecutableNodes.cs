namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>query, mutation or subscription.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.OperationDefinition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : Node, IHasDirectives
{
    public override NodeKind Kind => NodeKind.VariableDefinition;
}

public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : Node
{
    public override NodeKind Kind => NodeKind.SelectionSet;
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : Node, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.Field;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    /// <summary>The key of this field in the response: the alias if any, else the name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node
{
    public override NodeKind Kind => NodeKind.Argument;
}

public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override NodeKind Kind => NodeKind.FragmentSpread;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override NodeKind Kind => NodeKind.InlineFragment;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet) : ExecutableDefinitionNode, IHasDirectives
{
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : Node
{
    public override NodeKind Kind => NodeKind.Directive;
}
