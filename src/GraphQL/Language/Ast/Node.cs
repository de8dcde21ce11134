namespace MentorGraph.GraphQL.Language.Ast;

/// <summary>
/// Where a node or token stands in its source: character offsets (End exclusive) and the 1-based
/// line and column of its start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);

/// <summary>The base of every AST node. The shapes follow the GraphQL spec's grammar.</summary>
public abstract record Node
{
    /// <summary>The node's place in the source; null for nodes built in code.</summary>
    public Location? Location { get; init; }

    public abstract NodeKind Kind { get; }
}

/// <summary>A GraphQL Name.</summary>
public sealed record NameNode(string Value) : Node
{
    public override NodeKind Kind => NodeKind.Name;

    public override string ToString() => Value;
}

/// <summary>The root of a parsed document: executable and type-system definitions alike.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : Node
{
    public override NodeKind Kind => NodeKind.Document;
}

/// <summary>Any top-level definition of a document.</summary>
public abstract record DefinitionNode : Node;

/// <summary>An operation or fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}

/// <summary>A schema, type or directive definition.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary>A schema or type extension.</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;

/// <summary>Something that carries applied directives (used by validation of directive locations).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}
