using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// Checks an operation document (a <c>.graphql</c> file of queries, mutations and fragments) against a
/// schema the way the executor would before running it: syntax first, then every validation rule and the
/// configured limits. For tools (linting operation files); servers use <see cref="GraphQLExecutor"/>.
/// </summary>
public static class OperationValidation
{
    /// <summary>The document's errors, each with its locations; empty when it is valid. A syntax error is the only error.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, Source source, GraphQLOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new GraphQLOptions();
        try
        {
            var document = Parser.Parse(source, ParserOptions.From(options));
            return DocumentValidator.Validate(schema, document, options, null, Introspection.GetFieldDefinition);
        }
        catch (GraphQLSyntaxException exception)
        {
            return [exception.Error];
        }
    }
}
