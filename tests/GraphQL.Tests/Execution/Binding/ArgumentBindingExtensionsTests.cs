using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.Binding.BindingTestSupport;

namespace MentorGraph.GraphQL.Tests.Execution.Binding;

public class ArgumentBindingExtensionsTests
{
    private const string Sdl = """
        type Query {
          greet(input: GreetInput!, loud: Boolean = false): String
          wrong(input: GreetInput!): String
        }

        input GreetInput { name: String! times: Int! = 1 }
        """;

    public sealed record Greet(string Name, byte Times);

    public sealed record GreetArguments(Greet Input, bool? Loud);

    public sealed record NotAGreet(int Name, byte Times);

    private readonly BindingTestSupport _support = new();

    private static Schema BuildSchema() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .Resolve("Query.greet", context =>
        {
            var input = context.ArgumentAs<Greet>("input");
            var all = context.ArgumentsAs<GreetArguments>();
            var text = string.Join(" ", Enumerable.Repeat($"hello {input.Name}", input.Times));
            return all.Loud == true ? text.ToUpperInvariant() : text;
        })
        .Resolve("Query.wrong", context => context.ArgumentAs<NotAGreet>("input").Name.ToString())
        .Build();

    [Fact]
    public async Task ArgumentAsAndArgumentsAs_BindInsideAPlainResolver()
    {
        var response = await _support.RunAsync(BuildSchema(), "{ greet(input: {name: \"ann\", times: 2}, loud: true) }");

        Assert.Equal("HELLO ANN HELLO ANN", response.GetProperty("data").GetProperty("greet").GetString());
    }

    [Fact]
    public async Task ArgumentAs_CalledForManyRequests_GivesTheSameAnswers()
    {
        var schema = BuildSchema();
        for (var i = 1; i <= 3; i++)
        {
            var response = await _support.RunAsync(schema, $"{{ greet(input: {{name: \"n{i}\"}}) }}");
            Assert.Equal($"hello n{i}", response.GetProperty("data").GetProperty("greet").GetString());
        }
    }

    [Fact]
    public async Task ArgumentAs_ValueThatDoesNotFit_IsBadUserInputWithItsPath()
    {
        var response = await _support.RunAsync(BuildSchema(), "{ greet(input: {name: \"ann\", times: 1000}) }");

        var error = SingleError(response);
        Assert.Equal("BAD_USER_INPUT", Code(error));
        Assert.Equal("Argument \"input\" got invalid value 1000 at \"input.times\"; Expected an integer from 0 to 255.", error.GetProperty("message").GetString());
        Assert.Empty(_support.Unexpected);
    }

    [Fact]
    public async Task ArgumentAs_BindingThatCannotWork_IsAnInternalErrorThatNamesTheProblemInTheLog()
    {
        var response = await _support.RunAsync(BuildSchema(), "{ wrong(input: {name: \"ann\"}) }");

        Assert.Equal("INTERNAL_SERVER_ERROR", Code(SingleError(response)));
        var logged = Assert.IsType<InvalidOperationException>(Assert.Single(_support.Unexpected));
        Assert.Contains("Input field \"GreetInput.name\" (String) cannot be bound to NotAGreet's parameter Name (Int32): String binds to string, Guid or object", logged.Message);
    }
}
