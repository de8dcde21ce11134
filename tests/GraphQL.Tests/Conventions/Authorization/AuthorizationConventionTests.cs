using System.Security.Claims;
using System.Text.Json;
using MentorGraph.GraphQL.Conventions.Authorization;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Conventions.Authorization;

public class AuthorizationConventionTests
{
    private const string Sdl = """
        directive @authorize(roles: [Role!]) on OBJECT | FIELD_DEFINITION
        directive @allowAnonymous on FIELD_DEFINITION
        enum Role { ADMIN EXECUTIVE ANALYST MEMBER }

        type Query {
          open: String @allowAnonymous
          closed: String
          insight: String @authorize(roles: [EXECUTIVE, ADMIN])
          report: Report
          me: Me
        }

        type Mutation {
          touch: Int
          ping: Int @allowAnonymous
        }

        type Report @authorize(roles: [ANALYST, ADMIN]) {
          total: Int
          secret: String @authorize(roles: [ADMIN])
        }

        type Me {
          name: String
          email: String @authorize
        }
        """;

    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    [Fact]
    public async Task Anonymous_OpenRootField_Runs()
    {
        var data = await RunAsync("{ open }", Anonymous);

        Assert.Equal("open", data.GetProperty("data").GetProperty("open").GetString());
    }

    [Fact]
    public async Task Anonymous_RootFieldNotDeclaredOpen_IsUnauthenticatedAndTheRestStands()
    {
        var response = await RunAsync("{ open closed }", Anonymous);

        Assert.Equal("open", response.GetProperty("data").GetProperty("open").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("closed").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Sign in to read Query.closed.", error.GetProperty("message").GetString());
        Assert.Equal("closed", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task NoUserAtAll_IsTreatedAsAnonymous()
    {
        var response = await RunAsync("{ closed }", user: null);

        Assert.Equal("UNAUTHENTICATED", Code(response));
    }

    [Fact]
    public async Task Anonymous_Mutation_IsUnauthenticatedUnlessOpen()
    {
        Assert.Equal("UNAUTHENTICATED", Code(await RunAsync("mutation { touch }", Anonymous)));
        Assert.Equal(1, (await RunAsync("mutation { ping }", Anonymous)).GetProperty("data").GetProperty("ping").GetInt32());
    }

    [Fact]
    public async Task SignedIn_ClosedRootField_Runs()
    {
        var response = await RunAsync("{ closed }", User());

        Assert.Equal("closed", response.GetProperty("data").GetProperty("closed").GetString());
    }

    [Theory]
    [InlineData("EXECUTIVE")]
    [InlineData("ADMIN")]
    public async Task FieldRoles_AnyListedRole_Runs(string role)
    {
        var response = await RunAsync("{ insight }", User(role));

        Assert.Equal("insight", response.GetProperty("data").GetProperty("insight").GetString());
    }

    [Fact]
    public async Task FieldRoles_OtherRole_IsForbiddenNamingTheRoles()
    {
        var response = await RunAsync("{ insight }", User("ANALYST"));

        Assert.Equal("FORBIDDEN", Code(response));
        Assert.Equal("Query.insight needs one of the roles EXECUTIVE, ADMIN.", response.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task TypeRoles_ApplyToEveryFieldOfTheType()
    {
        var member = await RunAsync("{ report { total } }", User("EXECUTIVE"));
        var analyst = await RunAsync("{ report { total } }", User("ANALYST"));

        Assert.Equal("FORBIDDEN", Code(member));
        Assert.Equal(7, analyst.GetProperty("data").GetProperty("report").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task TypeAndFieldRoles_BothMustPass()
    {
        var analyst = await RunAsync("{ report { secret } }", User("ANALYST"));
        var admin = await RunAsync("{ report { secret } }", User("ADMIN"));

        Assert.Equal("FORBIDDEN", Code(analyst));
        Assert.Equal("s", admin.GetProperty("data").GetProperty("report").GetProperty("secret").GetString());
    }

    [Fact]
    public async Task AuthorizeWithoutRoles_OnANestedField_NeedsOnlyASignedInUser()
    {
        var response = await RunAsync("{ me { name email } }", User());

        Assert.Equal("me@example.com", response.GetProperty("data").GetProperty("me").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Introspection_IsNeverRefused()
    {
        var response = await RunAsync("{ __typename __schema { queryType { name } } }", Anonymous);

        Assert.False(response.TryGetProperty("errors", out _));
    }

    [Fact]
    public void Build_WithoutTheAuthorizeDirective_FailsSayingSo()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: String }")
            .Resolve("Query.a", _ => "a")
            .UseAuthorization(new AuthorizationOptions { User = _ => null })
            .Build());

        Assert.Contains("declares no directive @authorize", error.Message);
    }

    [Fact]
    public void Build_AllowAnonymousOnANonRootField_FailsSayingItHasNoEffect()
    {
        var error = Assert.Throws<SchemaBuildException>(() => new SchemaBuilder()
            .AddTypeDefinitions("""
                directive @authorize(roles: [String!]) on OBJECT | FIELD_DEFINITION
                directive @allowAnonymous on FIELD_DEFINITION
                type Query { a: A @allowAnonymous }
                type A { b: String @allowAnonymous }
                """)
            .Resolve("Query.a", _ => new object())
            .Resolve("A.b", _ => "b")
            .UseAuthorization(new AuthorizationOptions { User = _ => null })
            .Build());

        Assert.Contains("@allowAnonymous on \"A.b\" has no effect", error.Message);
    }

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Email, "me@example.com"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType: "test"));

    private static string? Code(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static async Task<JsonElement> RunAsync(string query, ClaimsPrincipal? user)
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .Resolve("Query.open", _ => "open")
            .Resolve("Query.closed", _ => "closed")
            .Resolve("Query.insight", _ => "insight")
            .Resolve("Query.report", _ => new object())
            .Resolve("Query.me", _ => new object())
            .Resolve("Mutation.touch", _ => 1)
            .Resolve("Mutation.ping", _ => 1)
            .Resolve("Report.total", _ => 7)
            .Resolve("Report.secret", _ => "s")
            .Resolve("Me.name", _ => "Me")
            .Resolve("Me.email", _ => "me@example.com")
            .UseAuthorization(new AuthorizationOptions { User = context => context.UserContext["user"] as ClaimsPrincipal })
            .Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            UserContext = new Dictionary<string, object?> { ["user"] = user },
        });
        return JsonDocument.Parse(ResponseJsonWriter.ToJson(result)).RootElement;
    }
}
