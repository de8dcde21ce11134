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

    /// <summary>The resolver bound to this field; null until bound (objects) and always null on interfaces.</summary>
    public FieldResolver? Resolver { get; internal set; }

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
