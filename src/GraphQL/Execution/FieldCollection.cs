using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// CollectFields (spec 6.3.2): the fields of a selection set for one object type, grouped by response
/// key in the order they first appear, honouring <c>@skip</c>/<c>@include</c>, fragment spreads (each
/// fragment once) and inline fragments whose type condition applies.
/// </summary>
public sealed class FieldCollection(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variableValues)
{
    /// <summary>The fragments of a document by name (the first of each name).</summary>
    public static IReadOnlyDictionary<string, FragmentDefinitionNode> FragmentsOf(DocumentNode document)
    {
        Dictionary<string, FragmentDefinitionNode>? fragments = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                (fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal)).TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments ?? NoFragments;
    }

    private static readonly IReadOnlyDictionary<string, FragmentDefinitionNode> NoFragments = new Dictionary<string, FragmentDefinitionNode>();

    public OrderedDictionary<string, List<FieldNode>> CollectFields(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var collected = new CollectedFields();
        Collect(objectType, selectionSet, collected);
        return collected.ToDictionary();
    }

    /// <summary>The merged sub-selections of every field node of one response key (spec 6.4.3 MergeSelectionSets).</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var collected = new CollectedFields();
        CollectSubfields(objectType, fieldNodes, collected);
        return collected.ToDictionary();
    }

    /// <summary>Collects into <paramref name="collected"/> (cleared first), which the executor reuses for every selection.</summary>
    internal void Collect(ObjectType objectType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        collected.Clear();
        CollectSelections(objectType, selectionSet, collected);
    }

    /// <inheritdoc cref="CollectSubfields(ObjectType, IReadOnlyList{FieldNode})"/>
    internal void CollectSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes, CollectedFields collected)
    {
        collected.Clear();
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                CollectSelections(objectType, node.SelectionSet, collected);
            }
        }
    }

    private void CollectSelections(ObjectType objectType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    collected.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!collected.VisitFragment(name)
                        || !fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectSelections(objectType, fragment.SelectionSet, collected);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    CollectSelections(objectType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    /// <summary>DoesFragmentTypeApply (spec 6.3.2): the object type is the condition, implements it, or is in the union.</summary>
    public bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        var conditionType = schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            ObjectType => conditionType.Name == objectType.Name,
            InterfaceType or UnionType => schema.IsSubType(conditionType, objectType),
            _ => false,
        };
    }

    /// <summary><c>@skip(if: true)</c> excludes a selection, as does <c>@include(if: false)</c>.</summary>
    private bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name == "skip" && IfArgument(directive) == true)
            {
                return false;
            }

            if (name == "include" && IfArgument(directive) != true)
            {
                return false;
            }
        }

        return true;
    }

    private bool? IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode literal => literal.Value,
                VariableNode variable => variableValues.TryGetValue(variable.Name.Value, out var value) && value is bool flag
                    ? flag
                    : throw new GraphQLException(GraphQLError.WithCode(
                        $"Argument \"if\" of directive \"@{directive.Name.Value}\" must be a Boolean; variable \"${variable.Name.Value}\" has no Boolean value.",
                        ErrorCodes.BadUserInput,
                        ErrorLocations.Of(argument.Value))),
                _ => throw new GraphQLException(GraphQLError.WithCode(
                    $"Argument \"if\" of directive \"@{directive.Name.Value}\" must be a Boolean.",
                    ErrorCodes.BadUserInput,
                    ErrorLocations.Of(argument.Value))),
            };
        }

        throw new GraphQLException(GraphQLError.WithCode(
            $"Directive \"@{directive.Name.Value}\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.",
            ErrorCodes.BadUserInput,
            ErrorLocations.Of(directive)));
    }
}
