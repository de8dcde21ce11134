using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>What a visitor wants after entering a node.</summary>
public enum VisitResult
{
    /// <summary>Visit the node's children.</summary>
    Continue,

    /// <summary>Do not visit the node's children (its Leave is still called).</summary>
    SkipChildren,

    /// <summary>Stop the whole walk at once; no further Enter or Leave calls.</summary>
    Break,
}

/// <summary>Receives Enter and Leave calls from <see cref="AstWalker"/>.</summary>
public interface IAstVisitor
{
    /// <param name="node">The node entered.</param>
    /// <param name="ancestors">The nodes from the root down to the node's parent.</param>
    VisitResult Enter(Node node, IReadOnlyList<Node> ancestors);

    /// <summary>Called after the node's children (or right after Enter when they were skipped).</summary>
    void Leave(Node node, IReadOnlyList<Node> ancestors);
}

/// <summary>A visitor to derive from: by default it enters everything and does nothing.</summary>
public abstract class AstVisitor : IAstVisitor
{
    public virtual VisitResult Enter(Node node, IReadOnlyList<Node> ancestors) => VisitResult.Continue;

    public virtual void Leave(Node node, IReadOnlyList<Node> ancestors)
    {
    }
}

/// <summary>
/// Walks an AST depth-first in source order, calling Enter before and Leave after each node's children.
/// The walk uses its own stack, so deep trees built in code cannot overflow the call stack.
/// </summary>
public static class AstWalker
{
    public static void Walk(Node root, IAstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var ancestors = new List<Node>();
        var pending = new Stack<IEnumerator<Node>>();

        if (!EnterNode(root))
        {
            return;
        }

        while (pending.Count > 0)
        {
            var children = pending.Peek();
            if (children.MoveNext())
            {
                if (!EnterNode(children.Current))
                {
                    return;
                }

                continue;
            }

            pending.Pop();
            var node = ancestors[^1];
            ancestors.RemoveAt(ancestors.Count - 1);
            visitor.Leave(node, ancestors);
        }

        // Enters a node; false when the visitor asked to stop.
        bool EnterNode(Node node)
        {
            switch (visitor.Enter(node, ancestors))
            {
                case VisitResult.Break:
                    return false;
                case VisitResult.SkipChildren:
                    visitor.Leave(node, ancestors);
                    return true;
                default:
                    ancestors.Add(node);
                    pending.Push(GetChildren(node).GetEnumerator());
                    return true;
            }
        }
    }

    /// <summary>Walks with delegates; <paramref name="enter"/> may be null to enter everything.</summary>
    public static void Walk(Node root, Func<Node, VisitResult>? enter = null, Action<Node>? leave = null) =>
        Walk(root, new DelegateVisitor(enter, leave));

    /// <summary>The direct children of a node, in source order.</summary>
    public static IEnumerable<Node> GetChildren(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            DocumentNode n => n.Definitions,
            OperationDefinitionNode n => Of(n.Name).Concat(n.VariableDefinitions).Concat(n.Directives).Append(n.SelectionSet),
            VariableDefinitionNode n => Of(n.Variable, n.Type, n.DefaultValue).Concat(n.Directives),
            SelectionSetNode n => n.Selections,
            FieldNode n => Of(n.Alias, n.Name).Concat(n.Arguments).Concat(n.Directives).Concat(Of(n.SelectionSet)),
            ArgumentNode n => Of(n.Name, n.Value),
            FragmentSpreadNode n => Of(n.Name).Concat(n.Directives),
            InlineFragmentNode n => Of(n.TypeCondition).Concat(n.Directives).Append(n.SelectionSet),
            FragmentDefinitionNode n => Of(n.Name, n.TypeCondition).Concat(n.Directives).Append(n.SelectionSet),
            VariableNode n => Of(n.Name),
            ListValueNode n => n.Values,
            ObjectValueNode n => n.Fields,
            ObjectFieldNode n => Of(n.Name, n.Value),
            DirectiveNode n => Of(n.Name).Concat(n.Arguments),
            NamedTypeNode n => Of(n.Name),
            ListTypeNode n => Of(n.Type),
            NonNullTypeNode n => Of(n.Type),
            SchemaDefinitionNode n => Of(n.Description).Concat(n.Directives).Concat(n.OperationTypes),
            OperationTypeDefinitionNode n => Of(n.Type),
            ScalarTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Directives),
            ObjectTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Interfaces).Concat(n.Directives).Concat(n.Fields),
            FieldDefinitionNode n => Of(n.Description, n.Name).Concat(n.Arguments).Append(n.Type).Concat(n.Directives),
            InputValueDefinitionNode n => Of(n.Description, n.Name, n.Type, n.DefaultValue).Concat(n.Directives),
            InterfaceTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Interfaces).Concat(n.Directives).Concat(n.Fields),
            UnionTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Directives).Concat(n.Types),
            EnumTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Directives).Concat(n.Values),
            EnumValueDefinitionNode n => Of(n.Description, n.Name).Concat(n.Directives),
            InputObjectTypeDefinitionNode n => Of(n.Description, n.Name).Concat(n.Directives).Concat(n.Fields),
            DirectiveDefinitionNode n => Of(n.Description, n.Name).Concat(n.Arguments).Concat(n.Locations),
            SchemaExtensionNode n => n.Directives.Concat<Node>(n.OperationTypes),
            ScalarTypeExtensionNode n => Of(n.Name).Concat(n.Directives),
            ObjectTypeExtensionNode n => Of(n.Name).Concat(n.Interfaces).Concat(n.Directives).Concat(n.Fields),
            InterfaceTypeExtensionNode n => Of(n.Name).Concat(n.Interfaces).Concat(n.Directives).Concat(n.Fields),
            UnionTypeExtensionNode n => Of(n.Name).Concat(n.Directives).Concat(n.Types),
            EnumTypeExtensionNode n => Of(n.Name).Concat(n.Directives).Concat(n.Values),
            InputObjectTypeExtensionNode n => Of(n.Name).Concat(n.Directives).Concat(n.Fields),
            _ => [],
        };
    }

    private static IEnumerable<Node> Of(params Node?[] nodes) => nodes.OfType<Node>();

    private sealed class DelegateVisitor(Func<Node, VisitResult>? enter, Action<Node>? leave) : IAstVisitor
    {
        public VisitResult Enter(Node node, IReadOnlyList<Node> ancestors) => enter?.Invoke(node) ?? VisitResult.Continue;

        public void Leave(Node node, IReadOnlyList<Node> ancestors) => leave?.Invoke(node);
    }
}
