using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first in document order, calling <see cref="Enter"/> before a node's children
/// and <see cref="Leave"/> after them. <see cref="Enter"/> returns false to skip the node's children
/// (<see cref="Leave"/> is still called).
/// </summary>
public abstract class AstWalker
{
    public void Walk(Node node)
    {
        if (Enter(node))
        {
            WalkChildren(node);
        }

        Leave(node);
    }

    protected abstract bool Enter(Node node);

    protected abstract void Leave(Node node);

    /// <summary>
    /// Walks a node's children in the order <see cref="Children"/> lists them, without making an iterator
    /// per node (validation walks every node of every document, so this runs a lot).
    /// </summary>
    private void WalkChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode n:
                WalkAll(n.Definitions);
                break;
            case OperationDefinitionNode n:
                WalkIfAny(n.Name);
                WalkAll(n.VariableDefinitions);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Walk(n.Variable);
                Walk(n.Type);
                WalkIfAny(n.DefaultValue);
                WalkAll(n.Directives);
                break;
            case SelectionSetNode n:
                WalkAll(n.Selections);
                break;
            case FieldNode n:
                WalkIfAny(n.Alias);
                Walk(n.Name);
                WalkAll(n.Arguments);
                WalkAll(n.Directives);
                WalkIfAny(n.SelectionSet);
                break;
            case ArgumentNode n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case FragmentSpreadNode n:
                Walk(n.Name);
                WalkAll(n.Directives);
                break;
            case InlineFragmentNode n:
                WalkIfAny(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                Walk(n.Name);
                Walk(n.TypeCondition);
                WalkAll(n.Directives);
                Walk(n.SelectionSet);
                break;
            case VariableNode n:
                Walk(n.Name);
                break;
            case ListValueNode n:
                WalkAll(n.Values);
                break;
            case ObjectValueNode n:
                WalkAll(n.Fields);
                break;
            case ObjectFieldNode n:
                Walk(n.Name);
                Walk(n.Value);
                break;
            case DirectiveNode n:
                Walk(n.Name);
                WalkAll(n.Arguments);
                break;
            case NamedTypeNode n:
                Walk(n.Name);
                break;
            case ListTypeNode n:
                Walk(n.Type);
                break;
            case NonNullTypeNode n:
                Walk(n.Type);
                break;
            case NameNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode:
                break;
            default:
                // Type-system nodes: rarely walked, so the iterator is good enough.
                foreach (var child in Children(node))
                {
                    if (child is not null)
                    {
                        Walk(child);
                    }
                }

                break;
        }
    }

    private void WalkIfAny(Node? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    /// <summary>A node's children in document order (null entries are skipped).</summary>
    public static IEnumerable<Node?> Children(Node node)
    {
        switch (node)
        {
            case DocumentNode n:
                foreach (var d in n.Definitions) yield return d;
                break;
            case OperationDefinitionNode n:
                yield return n.Name;
                foreach (var v in n.VariableDefinitions) yield return v;
                foreach (var d in n.Directives) yield return d;
                yield return n.SelectionSet;
                break;
            case VariableDefinitionNode n:
                yield return n.Variable;
                yield return n.Type;
                yield return n.DefaultValue;
                foreach (var d in n.Directives) yield return d;
                break;
            case SelectionSetNode n:
                foreach (var s in n.Selections) yield return s;
                break;
            case FieldNode n:
                yield return n.Alias;
                yield return n.Name;
                foreach (var a in n.Arguments) yield return a;
                foreach (var d in n.Directives) yield return d;
                yield return n.SelectionSet;
                break;
            case ArgumentNode n:
                yield return n.Name;
                yield return n.Value;
                break;
            case FragmentSpreadNode n:
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                break;
            case InlineFragmentNode n:
                yield return n.TypeCondition;
                foreach (var d in n.Directives) yield return d;
                yield return n.SelectionSet;
                break;
            case FragmentDefinitionNode n:
                yield return n.Name;
                yield return n.TypeCondition;
                foreach (var d in n.Directives) yield return d;
                yield return n.SelectionSet;
                break;
            case VariableNode n:
                yield return n.Name;
                break;
            case ListValueNode n:
                foreach (var v in n.Values) yield return v;
                break;
            case ObjectValueNode n:
                foreach (var f in n.Fields) yield return f;
                break;
            case ObjectFieldNode n:
                yield return n.Name;
                yield return n.Value;
                break;
            case DirectiveNode n:
                yield return n.Name;
                foreach (var a in n.Arguments) yield return a;
                break;
            case NamedTypeNode n:
                yield return n.Name;
                break;
            case ListTypeNode n:
                yield return n.Type;
                break;
            case NonNullTypeNode n:
                yield return n.Type;
                break;
            case SchemaDefinitionNode n:
                yield return n.Description;
                foreach (var d in n.Directives) yield return d;
                foreach (var o in n.OperationTypes) yield return o;
                break;
            case OperationTypeDefinitionNode n:
                yield return n.Type;
                break;
            case ScalarTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                break;
            case ObjectTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var i in n.Interfaces) yield return i;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
            case FieldDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var a in n.Arguments) yield return a;
                yield return n.Type;
                foreach (var d in n.Directives) yield return d;
                break;
            case InputValueDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                yield return n.Type;
                yield return n.DefaultValue;
                foreach (var d in n.Directives) yield return d;
                break;
            case InterfaceTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var i in n.Interfaces) yield return i;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
            case UnionTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var t in n.Types) yield return t;
                break;
            case EnumTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var v in n.Values) yield return v;
                break;
            case EnumValueDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                break;
            case InputObjectTypeDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
            case DirectiveDefinitionNode n:
                yield return n.Description;
                yield return n.Name;
                foreach (var a in n.Arguments) yield return a;
                foreach (var l in n.Locations) yield return l;
                break;
            case SchemaExtensionNode n:
                foreach (var d in n.Directives) yield return d;
                foreach (var o in n.OperationTypes) yield return o;
                break;
            case ScalarTypeExtensionNode n:
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                break;
            case ObjectTypeExtensionNode n:
                yield return n.Name;
                foreach (var i in n.Interfaces) yield return i;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
            case InterfaceTypeExtensionNode n:
                yield return n.Name;
                foreach (var i in n.Interfaces) yield return i;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
            case UnionTypeExtensionNode n:
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var t in n.Types) yield return t;
                break;
            case EnumTypeExtensionNode n:
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var v in n.Values) yield return v;
                break;
            case InputObjectTypeExtensionNode n:
                yield return n.Name;
                foreach (var d in n.Directives) yield return d;
                foreach (var f in n.Fields) yield return f;
                break;
        }
    }
}
