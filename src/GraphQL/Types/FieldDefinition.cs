using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments { get; internal set; } = [];

    /// <summary>The reason from <c>@deprecated</c>; null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    private FieldResolver? _synchronousWrapper;
    private Func<IResolveFieldContext, object?>? _synchronousResolver;

    /// <summary>The resolver bound to this field; null until bound (objects) and always null on interfaces.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>
    /// The resolver, when it is one of this library's own that answers at once and keeps no reference to
    /// the context it is given (bound C# properties, introspection): the executor calls it with one context
    /// it reuses for every such field of a request instead of making a context per field. Null otherwise,
    /// also once <see cref="Resolver"/> was replaced.
    /// </summary>
    internal Func<IResolveFieldContext, object?>? SynchronousResolver =>
        _synchronousWrapper is not null && ReferenceEquals(Resolver, _synchronousWrapper) ? _synchronousResolver : null;

    /// <summary>Binds <paramref name="resolve"/> (see <see cref="SynchronousResolver"/>), and <see cref="Resolver"/> to it.</summary>
    internal void ResolveSynchronously(Func<IResolveFieldContext, object?> resolve)
    {
        _synchronousResolver = resolve;
        _synchronousWrapper = context => new ValueTask<object?>(resolve(context));
        Resolver = _synchronousWrapper;
    }

    /// <summary>The field's own cost for the max-cost rule (default 1).</summary>
    public int Cost { get; internal set; } = 1;

    public FieldDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == argumentName)
            {
                return argument;
            }
        }

        return null;
    }
}

/// <summary>An argument of a field or directive, or a field of an input object type.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;

    /// <summary>An input type: scalar, enum, input object, or a List/NonNull of one.</summary>
    public GraphQLType Type { get; internal set; } = type;

    public string? Description { get; internal set; }

    /// <summary>The default value as written in SDL; null when there is none (not the same as a default of <c>null</c>).</summary>
    public ValueNode? DefaultValue { get; internal set; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; internal set; }
}
