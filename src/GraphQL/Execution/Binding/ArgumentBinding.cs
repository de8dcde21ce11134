using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// A field's arguments bound to a C# type, compiled once: either one argument (<see cref="ForArgument"/>,
/// e.g. a mutation's <c>input</c>) or all of them as the members of one object (<see cref="ForArguments"/>).
/// <see cref="Bind"/> reads <see cref="IResolveFieldContext.Arguments"/> — the values the engine already
/// coerced — and reports a value that does not fit its C# member as a BAD_USER_INPUT error whose message
/// names the path inside the argument.
/// </summary>
internal sealed class ArgumentBinding
{
    private readonly string? _argumentName;
    private readonly InputBinder _binder;
    private readonly object? _absentValue;

    private ArgumentBinding(string? argumentName, InputBinder binder, object? absentValue)
    {
        _argumentName = argumentName;
        _binder = binder;
        _absentValue = absentValue;
    }

    /// <summary>
    /// Binds the argument <paramref name="argumentName"/> of <paramref name="field"/> (its only argument when null)
    /// to <paramref name="target"/>; null after adding to <paramref name="problems"/> why it cannot.
    /// </summary>
    public static ArgumentBinding? ForArgument(string coordinate, FieldDefinition field, string? argumentName, Type target, List<string> problems)
    {
        var prefix = $"\"{coordinate}\" binds {(argumentName is null ? "its argument" : $"argument \"{argumentName}\"")} to {ClrNames.Of(target)}";
        InputValueDefinition? argument;
        if (argumentName is null)
        {
            if (field.Arguments.Count != 1)
            {
                var names = field.Arguments.Count == 0 ? "none" : string.Join(", ", field.Arguments.Select(a => a.Name));
                problems.Add($"{prefix}, but the field must have exactly one argument for that and it has {field.Arguments.Count} ({names}): bind them all with ResolveArguments<T>.");
                return null;
            }

            argument = field.Arguments[0];
        }
        else
        {
            argument = field.GetArgument(argumentName);
            if (argument is null)
            {
                problems.Add($"{prefix}, but the field has no argument \"{argumentName}\".");
                return null;
            }
        }

        var compiler = new InputBinderCompiler();
        var binder = compiler.CompileMember(
            argument.Type,
            new BindingTarget(target, null, ClrNames.Of(target)),
            $"Argument \"{coordinate}({argument.Name}:)\"",
            out var absent);
        if (binder is null)
        {
            problems.AddRange(compiler.Problems.Select(p => $"{prefix}: {p}"));
            return null;
        }

        if (absent is null && target.IsValueType && Nullable.GetUnderlyingType(target) is null)
        {
            // An absent optional argument binds like null; a non-nullable struct gets its default.
            absent = Activator.CreateInstance(target);
        }

        return new ArgumentBinding(argument.Name, binder, absent);
    }

    /// <summary>Binds all the arguments of <paramref name="field"/> to the members of <paramref name="target"/>, matched by name.</summary>
    public static ArgumentBinding? ForArguments(string coordinate, FieldDefinition field, Type target, List<string> problems)
    {
        var compiler = new InputBinderCompiler();
        var binder = compiler.CompileObject(
            field.Arguments,
            target,
            $"the arguments of \"{coordinate}\"",
            a => $"Argument \"{coordinate}({a.Name}:)\"");
        if (binder is null)
        {
            problems.AddRange(compiler.Problems.Select(p => $"\"{coordinate}\" binds its arguments to {ClrNames.Of(target)}: {p}"));
            return null;
        }

        return new ArgumentBinding(null, binder, null);
    }

    /// <summary>The bound C# value of the resolver's arguments; throws a BAD_USER_INPUT <see cref="GraphQLException"/> when a value does not fit.</summary>
    public object? Bind(IResolveFieldContext context)
    {
        var arguments = context.Arguments;
        try
        {
            if (_argumentName is null)
            {
                return ((InputObjectBinder)_binder).Create(arguments);
            }

            return arguments.TryGetValue(_argumentName, out var value) ? _binder.Bind(value) : _absentValue;
        }
        catch (InputMisfitException misfit)
        {
            if (_argumentName is not null)
            {
                misfit.Under(_argumentName);
            }

            throw ToGraphQLException(misfit, context);
        }
    }

    /// <summary>
    /// <c>Argument "input" got invalid value 300 at "input.count"; Expected an integer from 0 to 255.</c> — the form of
    /// the engine's variable coercion errors, located at the argument.
    /// </summary>
    private static GraphQLException ToGraphQLException(InputMisfitException misfit, IResolveFieldContext context)
    {
        var path = misfit.Path;
        var argumentName = (string)path[0];
        var at = path.Count > 1 ? $" at \"{argumentName}{VariableValues.PrintPath(path.Skip(1).ToList())}\"" : string.Empty;
        var message = $"Argument \"{argumentName}\" got invalid value {ScalarValues.Inspect(misfit.InvalidValue)}{at}; {misfit.Message}";
        return new GraphQLException(GraphQLError.WithCode(message, ErrorCodes.BadUserInput, ErrorLocations.Of(ArgumentNode(context, argumentName))));
    }

    private static Node? ArgumentNode(IResolveFieldContext context, string name)
    {
        if (context.FieldNodes.Count == 0)
        {
            return null;
        }

        foreach (var argument in context.FieldNodes[0].Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return context.FieldNodes[0];
    }
}
