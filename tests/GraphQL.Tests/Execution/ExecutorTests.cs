using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.ExecutionTestSupport;
using static MentorGraph.GraphQL.Tests.Execution.TestSchemas;

namespace MentorGraph.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private sealed record Person(string Name, int Age, Person? Friend = null);

    private static readonly ObjectType PersonType = CreatePersonType();

    private static ObjectType CreatePersonType()
    {
        var person = new ObjectType("Person");
        person.Fields = [Field("name", TestScalars.String), Field("age", TestScalars.Int), Field("friend", person)];
        return person;
    }

    [Fact]
    public async Task Execute_DefaultResolver_ReadsPropertiesDictionariesAndJson()
    {
        var json = System.Text.Json.JsonDocument.Parse("""{ "name": "Jo", "age": 41, "friend": { "name": "Al" } }""").RootElement;
        var query = Object("Query",
            Field("record", PersonType, _ => new Person("Ann", 30, new Person("Bob", 31))),
            Field("map", PersonType, _ => new Dictionary<string, object?> { ["name"] = "Cy", ["age"] = 5 }),
            Field("json", PersonType, _ => json));

        var result = await Run(Create(query),
            Ast.Field("record", Ast.Field("name"), Ast.Field("age"), Ast.Field("friend", Ast.Field("name"))),
            Ast.Field("map", Ast.Field("name"), Ast.Field("age")),
            Ast.Field("json", Ast.Field("name"), Ast.Field("age"), Ast.Field("friend", Ast.Field("name"), Ast.Field("age"))));

        Assert.True(result.Errors.Count == 0, Json(result));
        Assert.Equal(
            """{"data":{"record":{"name":"Ann","age":30,"friend":{"name":"Bob"}},"map":{"name":"Cy","age":5},"json":{"name":"Jo","age":41,"friend":{"name":"Al","age":null}}}}""",
            Json(result));
    }

    [Fact]
    public async Task Execute_RootValue_IsSourceOfRootFields()
    {
        var schema = Create(Object("Query", Field("name", TestScalars.String)));

        var result = await Run(schema, Ast.Document(Ast.Query(Ast.Field("name"))), root: new { Name = "root" });

        Assert.Equal("""{"data":{"name":"root"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_ResponseKeysKeepCollectedOrder_EvenWhenLaterFieldsFinishFirst()
    {
        var query = Object("Query",
            Field("slow", TestScalars.String, Async(async _ => { await Task.Delay(50); return "s"; })),
            Field("fast", TestScalars.String, _ => "f"),
            Field("medium", TestScalars.String, Async(async _ => { await Task.Delay(10); return "m"; })));

        var result = await Run(Create(query), Ast.Field("slow"), Ast.Aliased("a", "fast"), Ast.Field("medium"), Ast.Field("fast"));

        Assert.Equal("""{"data":{"slow":"s","a":"f","medium":"m","fast":"f"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_QueryRootFields_RunConcurrently()
    {
        var running = 0;
        var maxRunning = 0;
        var gate = new TaskCompletionSource();
        FieldResolver resolver = Async(async _ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            if (now == 3)
            {
                gate.SetResult();
            }

            await gate.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return 1;
        });
        var query = Object("Query", Field("a", TestScalars.Int, resolver), Field("b", TestScalars.Int, resolver), Field("c", TestScalars.Int, resolver));

        var result = await Run(Create(query), Ast.Field("a"), Ast.Field("b"), Ast.Field("c"));

        Assert.Equal("""{"data":{"a":1,"b":1,"c":1}}""", Json(result));
        Assert.Equal(3, maxRunning);
    }

    [Fact]
    public async Task Execute_MutationRootFields_RunSeriallyInDocumentOrder()
    {
        var log = new List<string>();
        var running = 0;
        FieldResolver Step(string name, int delay) => Async(async _ =>
        {
            Assert.Equal(1, Interlocked.Increment(ref running));
            log.Add("start " + name);
            await Task.Delay(delay);
            log.Add("end " + name);
            Interlocked.Decrement(ref running);
            return new Person(name, delay);
        });
        var nameResolver = Async(async context =>
        {
            await Task.Yield();
            log.Add("name of " + ((Person)context.Source!).Name);
            return ((Person)context.Source!).Name;
        });
        var person = Object("P", Field("name", TestScalars.String, nameResolver));
        var mutation = Object("Mutation", Field("first", person, Step("first", 40)), Field("second", person, Step("second", 1)));
        var schema = Create(Object("Query", Field("x", TestScalars.Int)), mutation);

        var result = await Run(schema, Ast.Document(Ast.Operation(OperationType.Mutation, null, [],
            Ast.Field("first", Ast.Field("name")), Ast.Field("second", Ast.Field("name")), Ast.Aliased("third", "first", Ast.Field("name")))));

        Assert.Empty(result.Errors);
        Assert.Equal("""{"data":{"first":{"name":"first"},"second":{"name":"second"},"third":{"name":"first"}}}""", Json(result));
        Assert.Equal(
            ["start first", "end first", "name of first", "start second", "end second", "name of second", "start first", "end first", "name of first"],
            log);
    }

    [Fact]
    public async Task Execute_Typename_IsTheRuntimeObjectTypeName()
    {
        var schema = Create(Object("Query", Field("me", PersonType, _ => new Person("A", 1))));

        var result = await Run(schema, Ast.Field("__typename"), Ast.Field("me", Ast.Aliased("t", "__typename")));

        Assert.Equal("""{"data":{"__typename":"Query","me":{"t":"Person"}}}""", Json(result));
    }

    [Fact]
    public async Task Execute_Arguments_ReachTheResolverCoerced()
    {
        var color = new EnumType("Color") { Values = [new EnumValueDefinition("RED", ConsoleColor.Red)] };
        var query = Object("Query", Field("echo", TestScalars.String,
            context => string.Join(",", context.Arguments.Select(a => $"{a.Key}={a.Value}")),
            Input("n", TestScalars.Int, Ast.Int(1)), Input("c", color), Input("s", TestScalars.String), Input("v", TestScalars.Int)));
        var document = Ast.Document(Ast.Operation(OperationType.Query, null, [Ast.VarDef("v", Ast.Type("Int"))],
            Ast.WithArgs("echo", [Ast.Arg("c", Ast.Enum("RED")), Ast.Arg("s", Ast.Null()), Ast.Arg("v", Ast.Var("v"))])));

        var result = await Run(Create(query), document, variables: new Dictionary<string, object?> { ["v"] = 9L });

        Assert.Equal("""{"data":{"echo":"n=1,c=Red,s=,v=9"}}""", Json(result));
    }

    [Fact]
    public async Task Execute_InvalidArgument_IsFieldErrorWithPath()
    {
        var query = Object("Query",
            Field("when", TestScalars.String, _ => "x", Input("at", NonNull(TestScalars.DateTime))),
            Field("ok", TestScalars.String, _ => "fine"));

        var result = await Run(Create(query), Ast.WithArgs("when", [Ast.Arg("at", Ast.String("yesterday"))]), Ast.Field("ok"));

        Assert.Equal("""{"data":{"when":null,"ok":"fine"}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(["when"], error.Path!);
    }

    [Fact]
    public async Task Execute_Enum_SerializesBoundValueAndNameToName()
    {
        var color = new EnumType("Color") { Values = [new EnumValueDefinition("RED", ConsoleColor.Red), new EnumValueDefinition("BLUE", ConsoleColor.Blue)] };
        var query = Object("Query",
            Field("bound", color, _ => ConsoleColor.Blue),
            Field("named", color, _ => "RED"),
            Field("bad", color, _ => ConsoleColor.Green));

        var result = await Run(Create(query), Ast.Field("bound"), Ast.Field("named"), Ast.Field("bad"));

        Assert.Equal("""{"data":{"bound":"BLUE","named":"RED","bad":null}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Enum \"Color\" cannot represent value: Green", error.Message);
        Assert.Equal(ErrorCodes.ResultCoercionFailed, error.Code);
    }

    [Fact]
    public async Task Execute_ScalarThatCannotSerialize_IsFieldError()
    {
        var query = Object("Query", Field("n", TestScalars.Int, _ => "not a number"), Field("m", TestScalars.Int, _ => 2));

        var result = await Run(Create(query), Ast.Field("n"), Ast.Field("m"));

        Assert.Equal("""{"data":{"n":null,"m":2}}""", DataJson(result));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Int cannot represent non-integer value: \"not a number\"", error.Message);
        Assert.Equal(ErrorCodes.ResultCoercionFailed, error.Code);
        Assert.Equal(["n"], error.Path!);
    }

    [Fact]
    public async Task Execute_UnknownField_IsLeftOut()
    {
        var schema = Create(Object("Query", Field("a", TestScalars.Int, _ => 1)));

        var result = await Run(schema, Ast.Field("a"), Ast.Field("nope"));

        Assert.Equal("""{"data":{"a":1}}""", Json(result));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
