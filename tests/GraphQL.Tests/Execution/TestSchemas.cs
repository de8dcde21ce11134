using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution;

/// <summary>Builds schemas in code for execution tests (the model has internal setters).</summary>
internal static class TestSchemas
{
    public static Schema Create(ObjectType query, ObjectType? mutation = null, params NamedType[] extraTypes)
    {
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in TestScalars.All)
        {
            types[scalar.Name] = scalar;
        }

        Collect(query, types);
        if (mutation is not null)
        {
            Collect(mutation, types);
        }

        foreach (var extra in extraTypes)
        {
            Collect(extra, types);
        }

        return new Schema(query, mutation, null, types.Values, [], null);
    }

    public static FieldDefinition Field(string name, GraphQLType type, FieldResolver? resolver = null, params InputValueDefinition[] arguments) =>
        new(name, type) { Resolver = resolver, Arguments = arguments };

    public static FieldDefinition Field(string name, GraphQLType type, Func<IResolveFieldContext, object?> resolve, params InputValueDefinition[] arguments) =>
        new(name, type) { Resolver = context => ValueTask.FromResult(resolve(context)), Arguments = arguments };

    public static InputValueDefinition Input(string name, GraphQLType type, MentorGraph.GraphQL.Language.Ast.ValueNode? defaultValue = null) =>
        new(name, type) { DefaultValue = defaultValue };

    public static ObjectType Object(string name, params FieldDefinition[] fields) => new(name) { Fields = fields };

    public static NonNullType NonNull(GraphQLType type) => new(type);

    public static ListType List(GraphQLType type) => new(type);

    private static void Collect(GraphQLType type, Dictionary<string, NamedType> types)
    {
        var named = type.GetNamedType();
        if (!types.TryAdd(named.Name, named))
        {
            return;
        }

        switch (named)
        {
            case FieldsType fields:
                foreach (var iface in fields.Interfaces)
                {
                    Collect(iface, types);
                }

                foreach (var field in fields.Fields)
                {
                    Collect(field.Type, types);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, types);
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, types);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, types);
                }

                break;
        }
    }
}
