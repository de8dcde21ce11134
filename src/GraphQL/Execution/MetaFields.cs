using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// The spec's meta-fields (4.4): <c>__typename</c> on every object, interface and union, and
/// <c>__schema</c> / <c>__type(name:)</c> on the query root type. <c>__schema</c> resolves to the
/// <see cref="Schema"/> and <c>__type</c> to a <see cref="NamedType"/>; the introspection types
/// (<c>__Schema</c>, <c>__Type</c>, ...) in the schema resolve everything beneath them. The root
/// meta-fields exist only when the schema holds those introspection types.
/// </summary>
public static class MetaFields
{
    public const string TypeName = "__typename";
    public const string SchemaField = "__schema";
    public const string TypeField = "__type";

    private static readonly ConditionalWeakTable<Schema, Definitions> Cache = [];

    /// <summary>The definition of a field on <paramref name="parentType"/>, meta-fields included; null if there is none.
    /// Matches the validation's <c>FieldLookup</c> delegate.</summary>
    public static FieldDefinition? Lookup(Schema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            var definitions = Cache.GetValue(schema, s => new Definitions(s));
            switch (fieldName)
            {
                case TypeName when parentType is FieldsType or UnionType:
                    return definitions.TypeName;
                case SchemaField when ReferenceEquals(parentType, schema.QueryType):
                    return definitions.Schema;
                case TypeField when ReferenceEquals(parentType, schema.QueryType):
                    return definitions.Type;
            }
        }

        return parentType is FieldsType fields ? fields.GetField(fieldName) : null;
    }

    private sealed class Definitions
    {
        public Definitions(Schema schema)
        {
            if (schema.GetType("String") is ScalarType stringType)
            {
                TypeName = new FieldDefinition(MetaFields.TypeName, new NonNullType(stringType))
                {
                    Description = "The name of the current Object type at runtime.",
                    Resolver = context => ValueTask.FromResult<object?>(context.ParentType.Name),
                };

                if (schema.GetType("__Type") is ObjectType typeType)
                {
                    Type = new FieldDefinition(TypeField, typeType)
                    {
                        Description = "Request the type information of a single type.",
                        Arguments = [new InputValueDefinition("name", new NonNullType(stringType))],
                        Resolver = context => ValueTask.FromResult<object?>(
                            context.Arguments.TryGetValue("name", out var name) && name is string typeName
                                ? context.Schema.GetType(typeName)
                                : null),
                    };
                }
            }

            if (schema.GetType("__Schema") is ObjectType schemaType)
            {
                Schema = new FieldDefinition(SchemaField, new NonNullType(schemaType))
                {
                    Description = "Access the current type schema of this server.",
                    Resolver = context => ValueTask.FromResult<object?>(context.Schema),
                };
            }
        }

        public FieldDefinition? TypeName { get; }

        public FieldDefinition? Schema { get; }

        public FieldDefinition? Type { get; }
    }
}
