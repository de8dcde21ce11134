using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal (argument values, input object fields, list items and
/// variable default values) can be coerced to the type expected where it stands. Scalars decide through
/// <see cref="ScalarType.ParseLiteral"/>; enums accept only their own value names; lists accept a list or a
/// single item; input objects accept only object literals; <c>null</c> never goes where a non-null type is
/// expected. A <c>@oneOf</c> input object literal gives exactly one field, and not the <c>null</c> literal.
/// Variables inside literals are assumed to hold valid values here: their types are checked by
/// <see cref="AllVariableUsagesAreAllowed"/> (which also requires non-null variables in <c>@oneOf</c> fields).
/// Unknown and missing input fields are <see cref="InputObjectFieldNames"/> and
/// <see cref="InputObjectRequiredFields"/>.
/// </summary>
public sealed class ValuesOfCorrectType : ValidationRule
{
    public override void Enter(Node node, ValidationContext context)
    {
        if (node is not ValueNode)
        {
            return;
        }

        var state = context.GetState<State>();
        if (state.ReportedWhole is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode list:
                // TypeInfo has already stepped into the items; the type expected for the list is one level up.
                if (context.TypeInfo.ParentInputType?.GetNullableType() is { } expected and not ListType
                    && !IsValidLeaf(list, expected, context))
                {
                    state.ReportedWhole = list;
                }

                break;
            case ObjectValueNode obj:
                if (context.TypeInfo.InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    if (inputObject.IsOneOf)
                    {
                        CheckOneOf(obj, inputObject, context);
                    }
                }
                else if (!IsValidLeaf(obj, context.TypeInfo.InputType, context))
                {
                    state.ReportedWhole = obj;
                }

                break;
            case NullValueNode nullValue:
                if (context.TypeInfo.InputType is NonNullType nonNull)
                {
                    context.ReportError($"Expected value of type \"{nonNull}\", found null.", nullValue);
                }

                break;
            case IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or EnumValueNode:
                IsValidLeaf((ValueNode)node, context.TypeInfo.InputType, context);
                break;
        }
    }

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is ListValueNode or ObjectValueNode)
        {
            var state = context.GetState<State>();
            if (ReferenceEquals(node, state.ReportedWhole))
            {
                state.ReportedWhole = null;
            }
        }
    }

    /// <summary>A list or object literal reported as a whole; its contents are not checked again.</summary>
    private sealed class State : ValidationRuleState
    {
        public Node? ReportedWhole { get; set; }

        public override void Clear() => ReportedWhole = null;
    }

    /// <summary>Checks a literal against the scalar or enum expected here; false (after reporting) when it does not fit.</summary>
    private static bool IsValidLeaf(ValueNode value, GraphQLType? expectedType, ValidationContext context)
    {
        if (expectedType is not { } locationType)
        {
            // Unknown argument or field: another rule reports it.
            return true;
        }

        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                return IsValidEnumValue(value, enumType, context);
            case ScalarType scalar:
                try
                {
                    scalar.ParseLiteral(value);
                    return true;
                }
                catch (ValueCoercionException exception)
                {
                    context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}; {exception.Message}", value);
                    return false;
                }
                catch (Exception)
                {
                    // A custom scalar that fails in an unplanned way: its exception text is not for clients.
                    context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}.", value);
                    return false;
                }

            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(value)}.", value);
                return false;
        }
    }

    private static bool IsValidEnumValue(ValueNode value, EnumType enumType, ValidationContext context)
    {
        switch (value)
        {
            case EnumValueNode member when enumType.GetValue(member.Value) is not null:
                return true;
            case EnumValueNode member:
                var hint = Suggestions.DidYouMean(Suggestions.For(member.Value, enumType.Values.Select(v => v.Name)), "the enum value");
                context.ReportError($"Value \"{member.Value}\" does not exist in \"{enumType.Name}\" enum.{hint}", value);
                return false;
            default:
                // Suggested from the literal as written (a quoted name, a list of one value...), as graphql-js does.
                var printed = Printer.Print(value);
                var printedHint = Suggestions.DidYouMean(Suggestions.For(printed, enumType.Values.Select(v => v.Name)), "the enum value");
                context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.{printedHint}", value);
                return false;
        }
    }

    /// <summary>A <c>@oneOf</c> literal names exactly one field, whose value is not the null literal.</summary>
    private static void CheckOneOf(ObjectValueNode obj, InputObjectType type, ValidationContext context)
    {
        var names = obj.Fields.Select(f => f.Name.Value).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
            return;
        }

        if (obj.Fields[0].Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{names[0]}\" must be non-null.", obj);
        }
    }
}
