namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>
/// One argument that may give a list's size: an integer literal (<see cref="Literal"/>; a field argument's default
/// value counts as one) or a variable (<see cref="Variable"/>, with its definition's integer default, if any).
/// </summary>
internal readonly record struct SizeCandidate(long? Literal, string? Variable, long? Default)
{
    public static SizeCandidate OfLiteral(long size) => new(size, null, null);

    public static SizeCandidate OfVariable(string name, long? defaultValue) => new(null, name, defaultValue);
}

/// <summary>
/// How a list field's size follows from its size arguments. With <c>@listSize</c> (<see cref="FromDirective"/>)
/// the largest slicing argument given counts, else <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>;
/// without it, the first of <see cref="GraphQLOptions.ListSizeArguments"/> with a size, else
/// <see cref="GraphQLOptions.DefaultListSize"/> (<see cref="Fallback"/> either way).
/// </summary>
/// <remarks>
/// A variable counts as its value in the request. Without a value (and for the document alone, when no request
/// is known) it counts as its default; under <c>@listSize</c> a variable of the document alone counts as
/// <c>assumedSize</c> — the bound the server enforces, so the document's cost is its worst case — and a request's
/// variable without a value or default too. A variable without either under no <c>@listSize</c> is no size.
/// </remarks>
internal sealed record ListSizeRule(bool FromDirective, long? AssumedSize, long DefaultListSize, long Fallback)
{
    /// <summary>The size; <paramref name="variables"/> are the request's coerced values, or null for the document alone.</summary>
    public long Of(ReadOnlySpan<SizeCandidate> candidates, IReadOnlyDictionary<string, object?>? variables)
    {
        long? largest = null;
        foreach (var candidate in candidates)
        {
            var size = candidate.Variable is null ? candidate.Literal : VariableSize(candidate, variables);
            if (size is null)
            {
                continue;
            }

            if (!FromDirective)
            {
                return size.Value;
            }

            largest = Math.Max(largest ?? 0, size.Value);
        }

        return largest ?? Fallback;
    }

    private long? VariableSize(SizeCandidate candidate, IReadOnlyDictionary<string, object?>? variables)
    {
        if (variables is null)
        {
            return FromDirective ? AssumedSize ?? candidate.Default ?? DefaultListSize : candidate.Default;
        }

        var value = IntegerOf(variables, candidate.Variable!) ?? candidate.Default;
        return FromDirective ? value ?? AssumedSize ?? DefaultListSize : value;
    }

    /// <summary>A coerced Int variable's value, never below zero; null when the request gives none.</summary>
    private static long? IntegerOf(IReadOnlyDictionary<string, object?> variables, string name) =>
        variables.TryGetValue(name, out var value) && value is int or long
            ? Math.Max(0, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}

/// <summary>A list size that the request's variables decide: evaluated per request from its candidates.</summary>
internal sealed class VariableListSize(ListSizeRule rule, SizeCandidate[] candidates)
{
    public long Of(IReadOnlyDictionary<string, object?>? variables) => rule.Of(candidates, variables);
}
