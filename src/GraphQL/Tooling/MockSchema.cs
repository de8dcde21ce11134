using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// A schema built from SDL alone, for mocking an API: every field reads the member of its parent value
/// named like it (<see cref="DefaultFieldResolver"/>: dictionary keys, JSON properties, C# properties), and
/// interfaces and unions resolve by the value's <c>__typename</c> (<see cref="TypeResolvers.ByTypename"/>).
/// Run operations on it with a <see cref="GraphQLExecutor"/> and fixture data (e.g. a parsed JSON file) as
/// the root value.
/// </summary>
public static class MockSchema
{
    /// <summary>
    /// SDL comes from the developer, not from a client: only nesting is bounded (the schema of a large API
    /// easily has more tokens than a request may).
    /// </summary>
    private static readonly ParserOptions SdlParserOptions = new() { MaxDocumentLength = 0, MaxTokens = 0 };

    /// <summary>Builds the schema.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    /// <exception cref="SchemaBuildException">The SDL breaks a type-system rule; lists every problem with its location.</exception>
    public static Schema FromSdl(Source sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var document = Parser.Parse(sdl, SdlParserOptions);
        return new SchemaBuilder
        {
            DefaultResolver = DefaultFieldResolver.Resolve,
            DefaultTypeResolver = TypeResolvers.ByTypename,
        }
            .AddTypeDefinitions(document)
            .Build();
    }
}
