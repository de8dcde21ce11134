using MentorGraph.GraphQL;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Tooling;
using MentorGraph.Persistence.TrustedDocuments;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.TrustedDocuments;

/// <summary>
/// What may be registered as a trusted document: text that is valid against the served schema with the server's
/// limits (so a registered document never fails validation later) and holds exactly one operation — the unit
/// clients send by id, as Relay and Apollo's persisted query manifests have it.
/// </summary>
public static class DocumentRegistration
{
    /// <summary>The document to store, or the reason it may not be (one sentence, with the first error's location).</summary>
    public static (PersistedDocument? Document, string? Problem) Check(GraphQLSchema schema, string text, GraphQLOptions options)
    {
        var errors = OperationValidation.Validate(schema, new Source(text, "document"), options);
        if (errors.Count > 0)
        {
            var first = errors[0];
            var at = first.Locations is { Count: > 0 } locations ? $" (line {locations[0].Line}, column {locations[0].Column})" : "";
            return (null, $"The document is not valid: {first.Message}{at}");
        }

        var operations = Parser.Parse(new Source(text), ParserOptions.From(options)).Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count != 1)
        {
            return (null, $"A registered document holds exactly one operation (with the fragments it uses); this one holds {operations.Count}.");
        }

        return (new PersistedDocument(PersistedDocumentIds.Of(text), text, operations[0].Name?.Value), null);
    }
}
