using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// One part of an operation's cost that the request's variables decide. A plan keeps its steps in the order they
/// were made — a step's parts before the step — so it is evaluated in one pass, each step reading the values of
/// the steps before it. A part spread in several places (a fragment's) is one step, read by each, so evaluation
/// stays linear in the plan's size however often fragments are spread.
/// </summary>
internal abstract class CostStep
{
    /// <param name="earlier">The values of the steps before this one.</param>
    /// <param name="variables">The request's coerced variable values; null for the document alone.</param>
    public abstract long Evaluate(ReadOnlySpan<long> earlier, IReadOnlyDictionary<string, object?>? variables);
}

/// <summary>The sum of earlier steps: a selection set with several parts the variables decide.</summary>
internal sealed class SumStep(int[] parts) : CostStep
{
    public override long Evaluate(ReadOnlySpan<long> earlier, IReadOnlyDictionary<string, object?>? variables)
    {
        long total = 0;
        foreach (var part in parts)
        {
            total = CostArithmetic.Add(total, earlier[part]);
        }

        return total;
    }
}

/// <summary>
/// A list's items: the cost of the selections of one item (<paramref name="fixedItem"/> plus the step
/// <paramref name="itemStep"/>, −1 for none) times the list's size (<paramref name="fixedSize"/>, unless
/// <paramref name="size"/> is given, which the variables decide).
/// </summary>
internal sealed class ListStep(long fixedSize, VariableListSize? size, long fixedItem, int itemStep) : CostStep
{
    public override long Evaluate(ReadOnlySpan<long> earlier, IReadOnlyDictionary<string, object?>? variables)
    {
        var item = itemStep < 0 ? fixedItem : CostArithmetic.Add(fixedItem, earlier[itemStep]);
        return CostArithmetic.Multiply(item, size?.Of(variables) ?? fixedSize);
    }
}

/// <summary>
/// A field's own cost when input objects are given by variables: its weight and those of the arguments and
/// literal input fields given (<paramref name="fixedCost"/>), plus the <c>@cost</c> weights of the input fields
/// each variable's value gives — as if the value were written as a literal — never below zero. The document
/// alone knows no values, so there only the fixed part counts.
/// </summary>
internal sealed class FieldOwnStep(long fixedCost, VariableInput[] inputs, CostDirectives directives) : CostStep
{
    public override long Evaluate(ReadOnlySpan<long> earlier, IReadOnlyDictionary<string, object?>? variables)
    {
        var total = fixedCost;
        if (variables is not null)
        {
            foreach (var input in inputs)
            {
                total += ValueCost(variables.GetValueOrDefault(input.Variable), input.Type);
            }
        }

        return Math.Max(0, total);
    }

    /// <summary>The weights of the input fields a coerced value gives (maps for input objects, lists for lists).</summary>
    private long ValueCost(object? value, GraphQLType type)
    {
        long total = 0;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> fields when type.GetNamedType() is InputObjectType inputType:
                foreach (var (name, given) in fields)
                {
                    if (inputType.GetField(name) is { } field)
                    {
                        total += directives.WeightOf(field) + ValueCost(given, field.Type);
                    }
                }

                break;
            case IEnumerable<object?> items when value is not string && type.GetNullableType() is ListType list:
                foreach (var item in items)
                {
                    total += ValueCost(item, list.OfType);
                }

                break;
        }

        return total;
    }
}

/// <summary>A variable given where an input object (or a list of them) is expected, with that type.</summary>
internal readonly record struct VariableInput(string Variable, GraphQLType Type);
