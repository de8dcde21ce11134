using System.Linq.Expressions;
using System.Text.Json;
using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Data;

/// <summary>
/// A schema over <see cref="DataTestModel"/> with <c>Query.people</c> bound as a connection over an in-memory
/// list, run through the whole executor (parse, validate, coerce, resolve). Its query runner records every
/// query it runs, so tests can count them and check each tree would translate to SQL.
/// </summary>
internal sealed class DataTestHarness
{
    public DataTestHarness(List<Person>? people = null, DataOptions? options = null)
    {
        People = people ?? DataTestModel.People();
        Runner = new RecordingRunner();
        Schema = new SchemaBuilder()
            .AddTypeDefinitions(DataTestModel.Sdl)
            .BindType<Person>("Person")
            .BindType<Department>("Department")
            .UseDataOptions((options ?? new DataOptions()) with { QueryRunner = Runner })
            .ResolveConnection("Query.people", DataTestModel.Person, _ => People.AsQueryable())
            .Build();
        Executor = new GraphQLExecutor(Schema);
    }

    public List<Person> People { get; }

    public RecordingRunner Runner { get; }

    public Schema Schema { get; }

    public GraphQLExecutor Executor { get; }

    public async Task<JsonElement> Run(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });
        using var document = JsonDocument.Parse(ResponseJsonWriter.ToJson(result));
        return document.RootElement.Clone();
    }

    /// <summary>The ids of the people <c>where: {where}</c> selects, in key order, after checking no error and a translatable tree.</summary>
    public async Task<long[]> Ids(string where, string order = "")
    {
        var response = await Run($"{{ people(first: 50, where: {where}{(order.Length > 0 ? ", order: " + order : string.Empty)}) {{ nodes {{ id }} }} }}");
        AssertNoErrors(response);
        foreach (var expression in Runner.Expressions)
        {
            QueryableChecks.AssertTranslatable(expression);
        }

        return response.GetProperty("data").GetProperty("people").GetProperty("nodes").EnumerateArray()
            .Select(n => long.Parse(n.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
    }

    public static void AssertNoErrors(JsonElement response) =>
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());

    /// <summary>The one error's <c>extensions.code</c>.</summary>
    public static string ErrorCode(JsonElement response)
    {
        Assert.True(response.TryGetProperty("errors", out var errors), response.ToString());
        return errors[0].GetProperty("extensions").GetProperty("code").GetString()!;
    }

    /// <summary>Runs queries in memory like the default runner, recording each query's expression and kind.</summary>
    internal sealed class RecordingRunner : IQueryRunner
    {
        public List<Expression> Expressions { get; } = [];

        public List<string> Kinds { get; } = [];

        public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            Record("list", query, () => query.ToList());

        public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            Record("count", query, query.Count);

        public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
            Record("any", query, query.Any);

        private Task<TResult> Record<T, TResult>(string kind, IQueryable<T> query, Func<TResult> run)
        {
            lock (Expressions)
            {
                Expressions.Add(query.Expression);
                Kinds.Add(kind);
            }

            return Task.FromResult(run());
        }
    }
}
