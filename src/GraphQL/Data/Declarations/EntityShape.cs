using System.Linq.Expressions;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>
/// What an entity offers clients to filter and sort on; the engine derives <c>{TypeName}FilterInput</c> and
/// <c>{TypeName}SortInput</c> from it and translates arguments against it. The non-generic view of
/// <see cref="EntityShape{TEntity}"/>, for the SDL generator and the translators.
/// </summary>
public abstract class EntityShape
{
    private readonly List<DataField> _fields = [];
    private readonly Dictionary<string, DataField> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<System.Reflection.PropertyInfo>> _reads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataField> _joins = new(StringComparer.Ordinal);

    private protected EntityShape(string typeName, Type entityType, string? inputsName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        if (!IsName(typeName))
        {
            throw new ArgumentException($"\"{typeName}\" is not a GraphQL name.", nameof(typeName));
        }

        if (inputsName is not null && !IsName(inputsName))
        {
            throw new ArgumentException($"\"{inputsName}\" is not a GraphQL name.", nameof(inputsName));
        }

        TypeName = typeName;
        InputsName = inputsName ?? typeName;
        EntityType = entityType;
    }

    /// <summary>The GraphQL object type the entity is exposed as (<c>Person</c>).</summary>
    public string TypeName { get; }

    /// <summary>What the inputs are named after: <see cref="TypeName"/> unless the shape names them otherwise.</summary>
    public string InputsName { get; }

    public Type EntityType { get; }

    /// <summary>The declared fields, in declaration order (the order of the generated input fields).</summary>
    public IReadOnlyList<DataField> Fields => _fields;

    /// <summary>The entity's unique key, which ends every order; null until <c>Key</c> is declared.</summary>
    public LambdaExpression? KeySelector { get; private protected set; }

    /// <summary><c>{TypeName}FilterInput</c> (or <see cref="InputsName"/>'s).</summary>
    public string FilterInputName => InputsName + "FilterInput";

    /// <summary><c>{TypeName}SortInput</c> (or <see cref="InputsName"/>'s).</summary>
    public string SortInputName => InputsName + "SortInput";

    /// <summary>True when at least one field is filterable.</summary>
    public bool HasFilters => _fields.Any(f => f.IsFilterable);

    /// <summary>True when at least one field can be sorted on (nested objects count when their shape has sortable fields).</summary>
    public bool HasSorts => _fields.Any(f => f.IsSortable && (f.Kind != DataFieldKind.Object || f.Shape!.HasSorts));

    public DataField? FindField(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// The entity members the GraphQL field <paramref name="objectField"/> of <see cref="TypeName"/> reads, for a page that loads
    /// only the columns its selection needs (see <c>Paging/EntityProjection</c>): as declared with <c>Reads</c>, else the
    /// scalar member named like the field (<c>title</c> → <c>Title</c>); null when neither — such a field loads the whole row.
    /// </summary>
    public IReadOnlyList<System.Reflection.PropertyInfo>? ReadsOf(string objectField)
    {
        ArgumentNullException.ThrowIfNull(objectField);
        if (_reads.TryGetValue(objectField, out var declared))
        {
            return declared;
        }

        if (objectField.Length == 0)
        {
            return null;
        }

        var property = EntityType.GetProperty(
            char.ToUpperInvariant(objectField[0]) + objectField[1..],
            System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
        return property is not null && IsColumnType(property.PropertyType) && property.CanWrite ? [property] : null;
    }

    /// <summary>
    /// The declaration (an <c>Object</c> field) of the GraphQL object field <paramref name="objectField"/> when its related row may
    /// be loaded by the parent's own statement (see <c>Joins</c> and <c>Paging/EntityProjection</c>); null when it loads apart.
    /// </summary>
    public DataField? JoinOf(string objectField)
    {
        ArgumentNullException.ThrowIfNull(objectField);
        return _joins.GetValueOrDefault(objectField);
    }

    /// <summary>The Object fields declared joinable (see <see cref="JoinOf"/>).</summary>
    public IEnumerable<DataField> Joined => _joins.Values;

    private protected void AddJoin(string objectField)
    {
        if (FindField(objectField) is not { Kind: DataFieldKind.Object, Shape: not null } field
            || field.Member.Body is not MemberExpression { Member: System.Reflection.PropertyInfo { CanWrite: true } } access
            || access.Expression != field.Member.Parameters[0])
        {
            throw new ArgumentException($"{TypeName}.{objectField}: only an Object field declared on a settable navigation member can be joined.", nameof(objectField));
        }

        if (!_joins.TryAdd(objectField, field))
        {
            throw new ArgumentException($"{TypeName} declares the join of \"{objectField}\" twice.", nameof(objectField));
        }
    }

    private protected void AddReads(string objectField, IReadOnlyList<System.Reflection.PropertyInfo> members)
    {
        if (!IsName(objectField))
        {
            throw new ArgumentException($"\"{objectField}\" is not a GraphQL field name.", nameof(objectField));
        }

        if (!_reads.TryAdd(objectField, members))
        {
            throw new ArgumentException($"{TypeName} declares what \"{objectField}\" reads twice.", nameof(objectField));
        }
    }

    /// <summary>Whether a member of this type is a column (a value), not a navigation to another entity.</summary>
    internal static bool IsColumnType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime) || underlying == typeof(DateOnly)
            || underlying == typeof(TimeOnly) || underlying == typeof(TimeSpan) || underlying == typeof(Guid);
    }

    private protected void Add(DataField field)
    {
        if (!IsName(field.Name) || field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            throw new ArgumentException($"\"{field.Name}\" is not a GraphQL field name.", nameof(field));
        }

        if (field.Name is "and" or "or")
        {
            throw new ArgumentException($"{TypeName}: \"{field.Name}\" is reserved for combining filters.", nameof(field));
        }

        if (!_byName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"{TypeName} declares the field \"{field.Name}\" twice.", nameof(field));
        }

        _fields.Add(field);
    }

    private static bool IsName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>The GraphQL scalar kind of a C# type, or null when it is none the engine filters on.</summary>
    internal static DataFieldKind? ScalarKindOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return DataFieldKind.String;
        }

        if (underlying.IsEnum)
        {
            return null;
        }

        return Type.GetTypeCode(underlying) switch
        {
            TypeCode.Int32 or TypeCode.Int64 or TypeCode.Int16 or TypeCode.Byte => DataFieldKind.Int,
            TypeCode.Double or TypeCode.Single or TypeCode.Decimal => DataFieldKind.Float,
            TypeCode.Boolean => DataFieldKind.Boolean,
            TypeCode.DateTime => DataFieldKind.DateTime,
            _ when underlying == typeof(DateTimeOffset) => DataFieldKind.DateTime,
            _ when underlying == typeof(DateOnly) => DataFieldKind.Date,
            _ => null,
        };
    }

    /// <summary>The name used for a C# enum member's GraphQL value (<c>InProgress</c> → <c>IN_PROGRESS</c>).</summary>
    internal static string EnumValueName(Enum value) => NameConventions.PascalCaseToUpperSnake(value.ToString());
}
