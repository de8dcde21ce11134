using System.Globalization;
using System.Text;
using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// A schema built from SDL whose fields make up their values, so a front end can run its operations before the
/// server has data (<c>mentorgraph execute --mock</c>). Every value is a function of the field, its type and its
/// place in the response — the same operation always gets the same answer — unless a <see cref="MockFixture"/>
/// gives one:
/// <list type="bullet">
/// <item>lists have <see cref="ListLength"/> items (fewer when a <c>first</c> or <c>last</c> argument of the list's field,
/// or of the field returning its parent — a connection's — asks for fewer; <c>hasNextPage</c> then is true);
/// a list field named <c>errors</c> is empty, so mutation payloads read as successes;</item>
/// <item>every field has a value, nullable or not;</item>
/// <item><c>id</c> fields are Relay-style global ids, base64 of <c>Type:number</c> with the object's type (the
/// <c>id</c> argument itself when the object was fetched by it); an <c>ID</c> field named <c>xId</c> gets an id of
/// type <c>X</c>;</item>
/// <item>an interface or union takes the type the fixture's <c>__typename</c> or the <c>id</c> argument names, else one of
/// its possible types chosen by the path, so lists mix them;</item>
/// <item>enums take one of their (not deprecated) values by the path; Int 1–100; Float 0–99.99; Boolean by the
/// path; String <c>Type.field n</c>; DateTime hours after 2026-01-05T09:00Z; Date days after 2026-01-05; other scalars
/// <c>Name-n</c>;</item>
/// <item>Relay connections: <c>totalCount</c> is the list length, <c>hasPreviousPage</c> false, each
/// edge's <c>cursor</c> base64 of <c>cursor:index</c>, and <c>startCursor</c>/<c>endCursor</c> the first and last edge's.</item>
/// </list>
/// </summary>
public sealed class GeneratedMockSchema
{
    /// <summary>How many items a list has unless a fixture or a smaller <c>first</c>/<c>last</c> says otherwise.</summary>
    public const int ListLength = 2;

    private static readonly DateTimeOffset BaseInstant = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly BaseDate = new(2026, 1, 5);

    private readonly MockFixture fixture;

    private GeneratedMockSchema(MockFixture fixture)
    {
        this.fixture = fixture;
    }

    /// <summary>The root value to execute operations with (root fields see it as their parent).</summary>
    public static object RootValue { get; } = new MockObject(null, null, null);

    /// <summary>Builds the schema of <paramref name="sdl"/> with made-up values and <paramref name="fixture"/>'s overrides.</summary>
    /// <exception cref="Language.GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    /// <exception cref="SchemaBuildException">The SDL breaks a type-system rule.</exception>
    public static Schema FromSdl(string sdl, string sourceName = "schema", MockFixture? fixture = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var mocks = new GeneratedMockSchema(fixture ?? MockFixture.Empty);
        var builder = new SchemaBuilder
        {
            DefaultResolver = mocks.Resolve,
            DefaultTypeResolver = value => value is MockObject mock ? mock.TypeName : TypeResolvers.ByTypename(value),
        };
        return MockSchema.AddSdl(builder, sdl, sourceName).Build();
    }

    private ValueTask<object?> Resolve(IResolveFieldContext context)
    {
        var parent = context.Source as MockObject;
        var field = context.FieldDefinition;
        JsonElement? given = fixture.TryGetPath(context.Path, out var byPath) ? byPath
            : parent?.Overrides is { ValueKind: JsonValueKind.Object } overrides && overrides.TryGetProperty(field.Name, out var byParent) ? byParent
            : fixture.TryGetField(context.ParentType.Name, field.Name, out var byType) ? byType
            : null;
        return ValueTask.FromResult(Produce(field.Type, [.. context.Path], given, context, parent));
    }

    private object? Produce(GraphQLType type, List<object> path, JsonElement? given, IResolveFieldContext context, MockObject? parent)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Produce(nonNull.OfType, path, given, context, parent);
            case ListType list:
                return ProduceList(list, path, given, context, parent);
        }

        if (given is { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        var named = (NamedType)type;
        if (named is ObjectType or InterfaceType or UnionType)
        {
            var overrides = given is { ValueKind: JsonValueKind.Object } ? given : null;
            var fetchedBy = context.Arguments.TryGetValue("id", out var id) && id is string text && path[^1] is string ? text : null;
            return new MockObject(ChooseType(context.Schema, named, path, overrides, fetchedBy), overrides, fetchedBy,
                AskedLength(context) ?? (path[^1] is int ? null : parent?.PageLength));
        }

        if (given is { } value || fixture.TryGetLeaf(named.Name, out value))
        {
            return value;
        }

        return Leaf(named, path, context, parent);
    }

    private List<object?> ProduceList(ListType list, List<object> path, JsonElement? given, IResolveFieldContext context, MockObject? parent)
    {
        var items = new List<object?>();
        if (given is { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var element in array.EnumerateArray())
            {
                items.Add(Produce(list.OfType, [.. path, items.Count], element, context, parent));
            }

            return items;
        }

        for (var i = 0; i < Length(context, parent); i++)
        {
            items.Add(Produce(list.OfType, [.. path, i], null, context, parent));
        }

        return items;
    }

    /// <summary>
    /// The list length of a field: <see cref="ListLength"/>, or a smaller <c>first</c>/<c>last</c> of the field or of the
    /// field that returned its parent (a connection's <c>edges</c> and <c>nodes</c>); 0 for <c>errors</c>.
    /// </summary>
    private static int Length(IResolveFieldContext context, MockObject? parent) =>
        context.FieldDefinition.Name == "errors" ? 0 : AskedLength(context) ?? parent?.PageLength ?? ListLength;

    /// <summary>The smaller of <see cref="ListLength"/> and the field's <c>first</c>/<c>last</c>; null when it has neither.</summary>
    private static int? AskedLength(IResolveFieldContext context)
    {
        int? length = null;
        foreach (var name in (string[])["first", "last"])
        {
            if (context.Arguments.TryGetValue(name, out var value) && value is int asked && asked >= 0)
            {
                length = Math.Min(length ?? ListLength, asked);
            }
        }

        return length;
    }

    private static string ChooseType(Schema schema, NamedType type, List<object> path, JsonElement? overrides, string? fetchedBy)
    {
        if (type is ObjectType)
        {
            return type.Name;
        }

        var possible = schema.GetPossibleTypes(type).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        if (overrides?.TryGetProperty("__typename", out var typename) == true && typename.GetString() is { } named && possible.Contains(named))
        {
            return named;
        }

        if (TypeOfGlobalId(fetchedBy) is { } idType && possible.Contains(idType))
        {
            return idType;
        }

        return possible.Count == 0 ? type.Name : possible[(int)(Hash(path) % (uint)possible.Count)];
    }

    private static object Leaf(NamedType type, List<object> path, IResolveFieldContext context, MockObject? parent)
    {
        var field = context.FieldDefinition.Name;
        var owner = context.ParentType.Name;
        var hash = Hash(path);
        switch (type)
        {
            case EnumType enumType:
                var values = enumType.Values.Where(v => !v.IsDeprecated).ToList();
                return (values.Count == 0 ? enumType.Values : values)[(int)(hash % (uint)Math.Max(values.Count, 1))].Name;
            case ScalarType { Name: "ID" }:
                if (field == "id")
                {
                    return parent?.FetchedBy ?? GlobalId(owner, Hash(path.Take(path.Count - 1)));
                }

                return GlobalId(field.Length > 2 && field.EndsWith("Id", StringComparison.Ordinal)
                    ? char.ToUpperInvariant(field[0]) + field[1..^2]
                    : owner, hash);
            case ScalarType { Name: "String" }:
                return field switch
                {
                    "cursor" => Cursor(path.OfType<int>().LastOrDefault()),
                    "startCursor" => Cursor(0),
                    "endCursor" => Cursor((parent?.PageLength ?? ListLength) - 1),
                    _ => $"{owner}.{field} {1 + (hash % 100)}",
                };
            case ScalarType { Name: "Int" }:
                return field == "totalCount" ? ListLength : (int)(1 + (hash % 100));
            case ScalarType { Name: "Float" }:
                return Math.Round((hash % 10_000) / 100.0, 2);
            case ScalarType { Name: "Boolean" }:
                return field switch
                {
                    "hasNextPage" => (parent?.PageLength ?? ListLength) < ListLength,
                    "hasPreviousPage" => false,
                    _ => hash % 2 == 0,
                };
            case ScalarType { Name: "DateTime" }:
                return BaseInstant.AddHours(hash % (365 * 24));
            case ScalarType { Name: "Date" }:
                return BaseDate.AddDays((int)(hash % 365));
            default:
                return $"{type.Name}-{1 + (hash % 1000)}";
        }
    }

    private static string GlobalId(string typeName, uint hash) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + (1 + (hash % 1000)).ToString(CultureInfo.InvariantCulture)));

    private static string Cursor(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("cursor:" + index.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The type of a base64 <c>Type:key</c> id; null when the text is not one.</summary>
    private static string? TypeOfGlobalId(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var bytes = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon] : null;
    }

    /// <summary>FNV-1a of the path's text: stable across runs and machines (unlike string.GetHashCode).</summary>
    private static uint Hash(IEnumerable<object> path)
    {
        var hash = 2166136261u;
        foreach (var c in string.Join('.', path))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>
    /// An object of the mock response: its type, the fixture's fields for it, the id it was fetched by and the length
    /// of its lists when the field that returned it (or, for an object not in a list, its parent's) asked for a page.
    /// </summary>
    private sealed record MockObject(string? TypeName, JsonElement? Overrides, string? FetchedBy, int? PageLength = null);
}
