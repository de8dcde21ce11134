using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// Makes a field's resolver at build time from the schema's field (its arguments and type are known then),
/// reporting to <paramref name="errors"/> what does not fit; returns null after reporting.
/// </summary>
internal delegate FieldResolver? FieldResolverFactory(Schema schema, FieldDefinition field, List<SchemaError> errors);
