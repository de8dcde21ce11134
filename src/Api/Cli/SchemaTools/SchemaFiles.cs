using MentorGraph.Api.Schema;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tooling;
using MentorGraph.GraphQL.Types;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>Loads the schema a tool works against: the served one, or an SDL file given with <c>--schema</c>.</summary>
internal static class SchemaFiles
{
    /// <summary>
    /// The schema of an SDL file with mock resolvers (<see cref="MockSchema"/>, or what <paramref name="build"/> makes of
    /// the text), or null after writing its syntax or type-system errors as <c>file:line:column: message</c>.
    /// </summary>
    public static async Task<GraphQLSchema?> LoadSdlAsync(string path, string sdl, TextWriter errors, Func<string, GraphQLSchema>? build = null)
    {
        try
        {
            return build is null ? MockSchema.FromSdl(sdl, path) : build(sdl);
        }
        catch (GraphQLSyntaxException e)
        {
            await SourceErrors.WriteAsync(errors, path, [e.Error]);
        }
        catch (SchemaBuildException e)
        {
            await SourceErrors.WriteAsync(errors, path, e.Errors);
        }

        return null;
    }

    /// <summary>The served schema; its classifier is never loaded unless a resolver runs.</summary>
    public static GraphQLSchema Served() => ApiSchema.BuildDefault();
}
