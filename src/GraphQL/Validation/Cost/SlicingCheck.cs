using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation.Cost;

/// <summary>A slicing argument as an operation gives it: a non-null literal (<see cref="Given"/>), a variable, or nothing.</summary>
internal readonly record struct SlicingArgument(bool Given, string? Variable);

/// <summary>
/// <c>@listSize(requireOneSlicingArgument: true)</c> on one field of an operation: exactly one of the slicing
/// arguments must be given (none is fine when one of them has a default value). An argument counts as given when
/// its value is not null: a literal other than <c>null</c>, or a variable the request gives a value other than
/// null (its default counts). For the document alone a variable counts as given.
/// </summary>
internal sealed class SlicingCheck(FieldNode fieldNode, IReadOnlyList<string> names, SlicingArgument[] arguments, bool defaulted)
{
    public FieldNode Field => fieldNode;

    /// <summary>True when a variable decides whether an argument is given.</summary>
    public bool DependsOnVariables => arguments.Any(a => a.Variable is not null);

    /// <summary>The error message when the check fails; null when it passes.</summary>
    public string? Failure(IReadOnlyDictionary<string, object?>? variables)
    {
        var given = 0;
        foreach (var argument in arguments)
        {
            var isGiven = argument.Variable is null
                ? argument.Given
                : variables is null || variables.GetValueOrDefault(argument.Variable) is not null;
            given += isGiven ? 1 : 0;
        }

        return given == 1 || (given == 0 && defaulted)
            ? null
            : $"Field \"{fieldNode.Name.Value}\" must be given exactly one of its slicing arguments ({string.Join(", ", names.Select(n => $"\"{n}\""))}); it has {given}.";
    }
}
