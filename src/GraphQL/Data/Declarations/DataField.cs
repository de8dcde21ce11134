using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>
/// One field an entity offers to filters or sorts, as declared on an <see cref="EntityShape{TEntity}"/>:
/// its GraphQL name, what it holds, and the member expression that reads it from the entity — the
/// expression is inlined into every filter and order, so it must be one the query provider can translate
/// (a property, a navigation, a property of a navigation).
/// </summary>
public sealed class DataField
{
    internal DataField(string name, DataFieldKind kind, FieldUse use, LambdaExpression member)
    {
        Name = name;
        Kind = kind;
        Use = use;
        Member = member;
    }

    /// <summary>The field's name in the filter and sort inputs.</summary>
    public string Name { get; }

    public DataFieldKind Kind { get; }

    public FieldUse Use { get; }

    /// <summary>Reads the value from the entity: <c>p => p.Name</c>.</summary>
    public LambdaExpression Member { get; }

    /// <summary>The C# type the member reads (for a list, the collection's type).</summary>
    public Type ValueType => Member.ReturnType;

    /// <summary>For <see cref="DataFieldKind.Enum"/>: the GraphQL enum type's name.</summary>
    public string? EnumTypeName { get; internal init; }

    /// <summary>For <see cref="DataFieldKind.Object"/> and <see cref="DataFieldKind.List"/>: the related entity's shape.</summary>
    public EntityShape? Shape { get; internal init; }

    /// <summary>For <see cref="DataFieldKind.Id"/>: global id → key, or false.</summary>
    internal Func<string, (bool Parsed, object? Key)>? ParseId { get; init; }

    /// <summary>For <see cref="DataFieldKind.Enum"/>: the host's conversion of a coerced enum value to the member's type, if any.</summary>
    internal Func<object, object?>? ConvertEnum { get; init; }

    public bool IsFilterable => (Use & FieldUse.Filter) != 0;

    public bool IsSortable => (Use & FieldUse.Sort) != 0;
}
