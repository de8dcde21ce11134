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
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        return fragments;
    }

    public OrderedDictionary<string, List<FieldNode>> CollectFields(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(objectType, selectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        return fields;
    }

    /// <summary>The merged sub-selections of every field node of one response key (spec 6.4.3 MergeSelectionSets).</summary>
    public OrderedDictionary<string, List<FieldNode>> CollectSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(objectType, node.SelectionSet, fields, visited);
            }
        }

        return fields;
    }

    private void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
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
                    if (!fields.TryGetValue(field.ResponseKey, out var group))
                    {
                        group = [];
                        fields.Add(field.ResponseKey, group);
                    }

                    group.Add(field);
                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name)
                        || !fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    Collect(objectType, fragment.SelectionSet, fields, visitedFragments);
                    break;

                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        continue;
                    }

                    Collect(objectType, inline.SelectionSet, fields, visitedFragments);
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
