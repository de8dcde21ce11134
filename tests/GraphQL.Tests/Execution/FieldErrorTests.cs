using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class FieldErrorTests
{
    private const string Secret = "password=hunter2 at Npgsql.Connect()";

    [Fact]
    public async Task UnexpectedException_BecomesInternalServerError_WithoutExceptionText()
    {
        var logged = new List<(Exception, IReadOnlyList<object>)>();
        var item = Object("Item", Field("boom", TestScalars.String, _ => throw new InvalidOperationException(Secret)));
        var query = Object("Query", Field("items", List(item), _ => new[] { 1, 2 }));
        var options = new ExecutionOptions { UnexpectedErrorLogger = (e, path) => { lock (logged) { logged.Add((e, path)); } } };

        var result = await Run(Create(query), Ast.Document(Ast.Query(Ast.Field("items", Ast.Field("boom")))), options: options);

        Assert.Equal(2, result.Errors.Count);
        var error = result.Errors[0];
        Assert.Equal("Internal server error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.Equal(["items", 0, "boom"], error.Path!);
        Assert.NotNull(error.Locations);
        Assert.DoesNotContain("hunter2", Json(result), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", Json(result), StringComparison.Ordinal);
        Assert.Equal(2, logged.Count);
        Assert.All(logged, entry => Assert.Equal(Secret, entry.Item1.Message));
        Assert.Contains(logged, entry => entry.Item2.SequenceEqual(["items", 1, "boom"]));
    }

    [Fact]
    public async Task AsyncUnexpectedException_AlsoHidden()
    {
        var query = Object("Query", Field("boom", TestScalars.String, Async(async _ =>
        {
            await Task.Yield();
            throw new TimeoutException(Secret);
        })));

        var result = await Run(Create(query), Ast.Field("boom"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Internal server error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
        Assert.DoesNotContain("hunter2", Json(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScalarSerializeBug_IsInternalServerError()
    {
        var query = Object("Query", Field("f", new BrokenScalar(), _ => 1));

        var result = await Run(Create(query), Ast.Field("f"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Internal server error", error.Message);
        Assert.Equal(ErrorCodes.InternalServerError, error.Code);
    }

    [Fact]
    public async Task GraphQLException_PassesThroughWithCodeLocationsAndPath()
    {
        var query = Object("Query", Field("denied", TestScalars.String, _ => throw new GraphQLException("Not allowed.", "FORBIDDEN")));
        var field = Ast.Field("denied");

        var result = await Run(Create(query), field);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Not allowed.", error.Message);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(["denied"], error.Path!);
        Assert.Equal(field.Location!.Value.Line, Assert.Single(error.Locations!).Line);
    }

    [Fact]
    public async Task FailingLogger_DoesNotChangeTheResponse()
    {
        var query = Object("Query", Field("boom", TestScalars.String, _ => throw new InvalidOperationException("x")));
        var options = new ExecutionOptions { UnexpectedErrorLogger = (_, _) => throw new InvalidOperationException("logger down") };

        var result = await Run(Create(query), Ast.Document(Ast.Query(Ast.Field("boom"))), options: options);

        Assert.Equal("Internal server error", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task RequestCancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var secondLevelCalls = 0;
        var inner = Object("Inner", Field("x", TestScalars.Int, _ => Interlocked.Increment(ref secondLevelCalls)));
        var query = Object("Query", Field("slow", inner, Async(async context =>
        {
            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return new object();
        })));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentExecutor.ExecuteAsync(
            Create(query),
            Ast.Document(Ast.Query(Ast.Field("slow", Ast.Field("x")))),
            new ExecutionRequest { Query = string.Empty },
            cancellationToken: cancellation.Token));
        Assert.Equal(0, secondLevelCalls);
    }

    [Fact]
    public async Task ResolverIgnoringCancellation_DoesNotHoldTheRequest()
    {
        using var cancellation = new CancellationTokenSource();
        var never = new TaskCompletionSource<object?>();
        var query = Object("Query", Field("stuck", TestScalars.Int, context =>
        {
            cancellation.Cancel();
            return new ValueTask<object?>(never.Task);
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DocumentExecutor.ExecuteAsync(
            Create(query),
            Ast.Document(Ast.Query(Ast.Field("stuck"))),
            new ExecutionRequest { Query = string.Empty },
            cancellationToken: cancellation.Token).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private sealed class BrokenScalar() : ScalarType("Broken")
    {
        public override object Serialize(object value) => throw new NullReferenceException(Secret);

        public override object ParseValue(object value) => value;

        public override object ParseLiteral(MentorGraph.GraphQL.Language.Ast.ValueNode literal) => literal;
    }
}
