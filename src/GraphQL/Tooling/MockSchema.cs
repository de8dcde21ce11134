using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// A schema built from SDL alone, for mocking an API: every field reads the member of its parent value
/// named like it (<see cref="DefaultFieldResolver"/>: dictionary keys, JSON properties, C# properties), and
/// interfaces and unions resolve by the value's <c>__typename</c> (<see cref="TypeResolvers.ByTypename"/>).
/// Run operations on it with a <see cref="GraphQLExecutor"/> and fixture data (e.g. a parsed JSON file) as
/// the root value. A custom scalar the SDL declares passes values through (<see cref="PassThroughScalarType"/>);
/// <c>DateTime</c> and <c>Date</c> are the engine's.
/// </summary>
public static class MockSchema
{
    /// <summary>Builds the schema. SDL is trusted input: no request size or token limits apply.</summary>
    /// <param name="sdl">The SDL text.</param>
    /// <param name="sourceName">The file name errors refer to.</param>
    /// <exception cref="GraphQLSyntaxException">The SDL is not valid syntax.</exception>
    /// <exception cref="SchemaBuildException">The SDL breaks a type-system rule; lists every problem with its location.</exception>
    public static Schema FromSdl(string sdl, string sourceName = "schema")
    {
        ArgumentNullException.ThrowIfNull(sdl);
        var builder = new SchemaBuilder
        {
            DefaultResolver = DefaultFieldResolver.Resolve,
            DefaultTypeResolver = TypeResolvers.ByTypename,
        };
        return AddSdl(builder, sdl, sourceName).Build();
    }

    /// <summary>Adds the SDL, and a <see cref="PassThroughScalarType"/> for each custom scalar it declares.</summary>
    internal static SchemaBuilder AddSdl(SchemaBuilder builder, string sdl, string sourceName)
    {
        var unlimited = new ParserOptions { MaxDocumentLength = 0, MaxTokens = 0, MaxDepth = 0 };
        var declared = Parser.Parse(new Source(sdl, sourceName), unlimited).Definitions
            .OfType<ScalarTypeDefinitionNode>()
            .Select(scalar => scalar.Name.Value)
            .Where(name => !BuiltInScalars.IsBuiltIn(name) && name is not ("DateTime" or "Date"))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in declared)
        {
            builder.AddScalar(new PassThroughScalarType(name));
        }

        return builder.AddTypeDefinitions(sdl, sourceName);
    }
}
