using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>
/// Declares, once per entity, what clients may filter and sort on; the engine generates the inputs and
/// translates <c>where</c>/<c>order</c> into expressions over <typeparamref name="TEntity"/>. Mistakes in a
/// declaration (an unsupported type, a duplicate name) throw at once, since a declaration is code.
/// </summary>
/// <example>
/// <code>
/// var department = new EntityShape&lt;Department&gt;("Department")
///     .Key(d => d.Id)
///     .Field("name", d => d.Name);
/// var person = new EntityShape&lt;Person&gt;("Person")
///     .Key(p => p.Id)
///     .Id("id", p => p.Id, (string id, out long key) => ids.TryParse("Person", id, out key))
///     .Field("name", p => p.Name)
///     .Field("email", p => p.Email, FieldUse.Filter)
///     .Enum("band", p => p.Band, "Band")
///     .Object("department", p => p.Department, department)
///     .List("sessions", p => p.Sessions, session);
/// </code>
/// </example>
public sealed class EntityShape<TEntity> : EntityShape
{
    /// <param name="typeName">The GraphQL object type the entity is exposed as; names the inputs (<c>{typeName}FilterInput</c>).</param>
    public EntityShape(string typeName)
        : base(typeName, typeof(TEntity))
    {
    }

    /// <param name="typeName">The GraphQL object type the entity is exposed as.</param>
    /// <param name="inputsName">
    /// What the inputs are named after instead (<c>{inputsName}FilterInput</c>, <c>{inputsName}SortInput</c>): for a contract
    /// whose input names were agreed apart from the object type's (rows of <c>TopicTrendRow</c> filtered with
    /// <c>TopicTrendFilterInput</c>).
    /// </param>
    public EntityShape(string typeName, string inputsName)
        : base(typeName, typeof(TEntity), inputsName)
    {
    }

    /// <summary>
    /// The entity's unique key (a primary key): it ends every order, so that paging is deterministic, and its
    /// value is part of each cursor. Required for connections.
    /// </summary>
    public EntityShape<TEntity> Key<TKey>(Expression<Func<TEntity, TKey>> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (EntityShape.ScalarKindOf(typeof(TKey)) is null && typeof(TKey) != typeof(Guid))
        {
            throw new ArgumentException($"{TypeName}'s key is a {typeof(TKey).Name}; a key must be a number, string, Guid or date.", nameof(key));
        }

        KeySelector = key;
        return this;
    }

    /// <summary>
    /// A scalar field, its GraphQL type taken from the member's C# type: <c>string</c> → String, whole numbers →
    /// Int, <c>double</c>/<c>float</c>/<c>decimal</c> → Float, <c>bool</c> → Boolean, <c>DateTimeOffset</c> (or
    /// <c>DateTime</c>) → DateTime, <c>DateOnly</c> → Date (each also nullable). Enums use <see cref="Enum{TValue}"/>,
    /// keys shown as global ids <see cref="Id{TKey}"/>.
    /// </summary>
    public EntityShape<TEntity> Field<TValue>(string name, Expression<Func<TEntity, TValue>> member, FieldUse use = FieldUse.FilterAndSort)
    {
        ArgumentNullException.ThrowIfNull(member);
        var kind = EntityShape.ScalarKindOf(typeof(TValue))
            ?? throw new ArgumentException(
                $"{TypeName}.{name} is a {typeof(TValue).Name}: Field takes strings, numbers, booleans, DateTimeOffset and DateOnly; use Enum for enums, Object or List for related entities.",
                nameof(member));
        Add(new DataField(name, kind, use, member));
        return this;
    }

    /// <summary>
    /// A field holding a value of the GraphQL enum <paramref name="enumTypeName"/>. The member may be a C# enum
    /// (matched to the GraphQL values by name: <c>InProgress</c> ↔ <c>IN_PROGRESS</c>) or a string holding the
    /// value's name; for anything else (an enum bound to a map of values) give <paramref name="fromGraphQL"/>,
    /// which turns a coerced enum value into the member's type. Enums sort by their C# declaration order (a
    /// string member sorts by name).
    /// </summary>
    public EntityShape<TEntity> Enum<TValue>(
        string name,
        Expression<Func<TEntity, TValue>> member,
        string enumTypeName,
        FieldUse use = FieldUse.FilterAndSort,
        Func<object, TValue>? fromGraphQL = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(enumTypeName);
        var underlying = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        if (!underlying.IsEnum && underlying != typeof(string) && fromGraphQL is null)
        {
            throw new ArgumentException(
                $"{TypeName}.{name} is a {typeof(TValue).Name}: an enum field's member must be a C# enum or a string, or fromGraphQL must convert the values.",
                nameof(member));
        }

        Add(new DataField(name, DataFieldKind.Enum, use, member)
        {
            EnumTypeName = enumTypeName,
            ConvertEnum = fromGraphQL is null ? null : value => fromGraphQL(value),
        });
        return this;
    }

    /// <summary>
    /// A key shown to clients as a global id: filtered with <c>IdOperationFilterInput</c> (<c>eq neq in nin</c>),
    /// each id turned into a key by <paramref name="parse"/> — the engine does not know the id format. An id
    /// <paramref name="parse"/> refuses (malformed, or another type's) is a BAD_USER_INPUT error. Sorting on it
    /// sorts by the key.
    /// </summary>
    public EntityShape<TEntity> Id<TKey>(string name, Expression<Func<TEntity, TKey>> member, IdParser<TKey> parse, FieldUse use = FieldUse.FilterAndSort)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(parse);
        Add(new DataField(name, DataFieldKind.Id, use, member)
        {
            ParseId = id => parse(id, out var key) ? (true, key) : (false, null),
        });
        return this;
    }

    /// <summary>
    /// A related object (a navigation): filtered with its shape's <c>{Type}FilterInput</c>, sorted with its
    /// <c>{Type}SortInput</c> (when it has sortable fields). A null related object matches no condition on it
    /// and sorts as null.
    /// </summary>
    public EntityShape<TEntity> Object<TChild>(string name, Expression<Func<TEntity, TChild?>> member, EntityShape<TChild> shape, FieldUse use = FieldUse.FilterAndSort)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(shape);
        Add(new DataField(name, DataFieldKind.Object, use, member) { Shape = shape });
        return this;
    }

    /// <summary>
    /// A collection of related objects: filtered with <c>ListFilterInputTypeOf{Type}FilterInput</c>
    /// (<c>some all none</c> take the element's filter, <c>any</c> tests for elements), translated to
    /// <c>Any</c>/<c>All</c> inside the one query. Lists cannot be sorted on.
    /// </summary>
    public EntityShape<TEntity> List<TChild>(string name, Expression<Func<TEntity, IEnumerable<TChild>>> member, EntityShape<TChild> shape)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(shape);
        Add(new DataField(name, DataFieldKind.List, FieldUse.Filter, member) { Shape = shape });
        return this;
    }

    /// <summary>
    /// Declares which of the entity's members the resolver of the GraphQL object field <paramref name="objectField"/> reads, so
    /// that a page selecting it loads them (and no more): a field resolved by a DataLoader reads the foreign key it loads by
    /// (<c>.Reads("senior", p =&gt; p.SeniorId)</c>), a field computed from other members reads those, one that needs only the key
    /// reads nothing (<c>.Reads("sessions")</c>; the key is always loaded). Without a declaration a field named like a scalar
    /// member reads that member, and any other field loads the whole row.
    /// </summary>
    public EntityShape<TEntity> Reads(string objectField, params Expression<Func<TEntity, object?>>[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var properties = members.Select(member =>
        {
            var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
            return body is MemberExpression { Member: System.Reflection.PropertyInfo property } access
                && access.Expression == member.Parameters[0]
                && EntityShape.IsColumnType(property.PropertyType)
                && property.CanWrite
                    ? property
                    : throw new ArgumentException($"{TypeName}.{objectField}: {member} is not a settable column member of {typeof(TEntity).Name}.", nameof(members));
        }).ToList();
        AddReads(objectField, properties);
        return this;
    }

    /// <summary>
    /// Declares that the related row of each Object field in <paramref name="objectFields"/> (<c>.Object("senior", p =&gt; p.Senior,
    /// …)</c>) may be loaded in the statement that loads this entity, when the selection asks for it: a root page or a by-key
    /// load then sets the navigation (<c>pairing.Senior</c>) to the related row — its own selected columns only, and null when
    /// the viewer's guard for that type hides it — instead of a second statement. The field's resolver must use a loaded
    /// navigation and load by key only when it is null.
    /// </summary>
    public EntityShape<TEntity> Joins(params string[] objectFields)
    {
        ArgumentNullException.ThrowIfNull(objectFields);
        foreach (var field in objectFields)
        {
            AddJoin(field);
        }

        return this;
    }
}
