using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Execution.Values;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Execution.Binding;

/// <summary>Runs operations on a schema the way a client would and reads the response as JSON.</summary>
internal sealed class BindingTestSupport
{
    private readonly List<Exception> _unexpected = [];

    /// <summary>Exceptions resolvers threw that became INTERNAL_SERVER_ERROR.</summary>
    public IReadOnlyList<Exception> Unexpected => _unexpected;

    public async Task<JsonElement> RunAsync(Schema schema, string query, string? variablesJson = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
        {
            using var document = JsonDocument.Parse(variablesJson);
            variables = JsonValues.ToMap(document.RootElement);
        }

        var executor = new GraphQLExecutor(
            schema,
            executionOptions: new ExecutionOptions { UnexpectedErrorLogger = (exception, _) => _unexpected.Add(exception) });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });
        return JsonDocument.Parse(ResponseJsonWriter.ToJson(result)).RootElement;
    }

    /// <summary>The messages of the build errors (the build must fail); fields bound nowhere else return null.</summary>
    public static IReadOnlyList<string> BuildErrors(string sdl, Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder { DefaultResolver = _ => new ValueTask<object?>((object?)null) }.AddTypeDefinitions(sdl);
        configure(builder);
        var exception = Assert.Throws<SchemaBuildException>(() => builder.Build());
        return exception.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>The only error of a response, which must have no data for its field.</summary>
    public static JsonElement SingleError(JsonElement response) => Assert.Single(response.GetProperty("errors").EnumerateArray());

    public static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
