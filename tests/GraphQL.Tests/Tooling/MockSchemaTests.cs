using System.Text.Json;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tooling;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Tooling;

public class MockSchemaTests
{
    private const string Sdl = """
        type Query { me: User, feed: [Item!]! }
        type User { id: ID!, displayName: String }
        interface Item { id: ID! }
        type Post implements Item { id: ID!, title: String! }
        type Photo implements Item { id: ID!, url: String! }
        """;

    [Fact]
    public async Task FromSdl_FieldsReadJsonKeys_AndInterfacesResolveByTypename()
    {
        using var data = JsonDocument.Parse("""
            {"me": {"id": "u1", "displayName": "Ada"},
             "feed": [{"__typename": "Post", "id": "p1", "title": "Hello"}, {"__typename": "Photo", "id": "f1", "url": "/f1.png"}]}
            """);
        var executor = new GraphQLExecutor(MockSchema.FromSdl(Sdl));

        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Query = "{ me { displayName } feed { __typename ... on Post { title } ... on Photo { url } } }",
            RootValue = data.RootElement,
        });

        Assert.Equal(
            """{"data":{"me":{"displayName":"Ada"},"feed":[{"__typename":"Post","title":"Hello"},{"__typename":"Photo","url":"/f1.png"}]}}""",
            ResponseJsonWriter.ToJson(result));
    }

    [Fact]
    public async Task FromSdl_ItemWithoutTypename_IsAFieldError()
    {
        using var data = JsonDocument.Parse("""{"feed": [{"id": "p1", "title": "Hello"}]}""");
        var executor = new GraphQLExecutor(MockSchema.FromSdl(Sdl));

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ feed { id } }", RootValue = data.RootElement });

        Assert.NotEmpty(result.Errors);
        Assert.Equal(["feed", 0], result.Errors[0].Path);
    }

    [Fact]
    public void FromSdl_InvalidSdl_ThrowsWithLocations()
    {
        var error = Assert.Throws<SchemaBuildException>(() => MockSchema.FromSdl("type Query {\n  me: Usr\n}", "api.graphql"));

        var problem = Assert.Single(error.Errors);
        Assert.Contains("Usr", problem.Message);
        Assert.Equal(new ErrorLocation(2, 7), problem.Locations[0]);
    }

    [Fact]
    public void FromSdl_SyntaxError_ThrowsGraphQLSyntaxException()
    {
        Assert.Throws<GraphQLSyntaxException>(() => MockSchema.FromSdl("type Query {"));
    }
}
