using System.Text.Json.Nodes;
using MentorGraph.Api.Schema;
using MentorGraph.GraphQL.Types;
using MentorGraph.Tests.Support;

namespace MentorGraph.Api.Tests.Domain;

/// <summary>
/// The role × operation table: every root field and mutation of the served schema, run by an anonymous request
/// and by a MEMBER, EXECUTIVE, ANALYST and ADMIN (a valid document with placeholder arguments). Whether the field
/// then finds anything does not matter here; whether it was let through does. A new root field fails the test
/// until it is put in the table.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RoleTableTests(DomainApiFixture api) : IClassFixture<DomainApiFixture>
{
    private enum Rule
    {
        /// <summary>Anonymous requests too.</summary>
        Open,

        /// <summary>Any signed-in user (rows and changes are then the data rules' business).</summary>
        SignedIn,

        /// <summary>ADMIN only; everyone else FORBIDDEN.</summary>
        Admin,

        /// <summary>The insights: EXECUTIVE, ANALYST and ADMIN; a MEMBER FORBIDDEN.</summary>
        Insights,
    }

    private static readonly Dictionary<string, Rule> Table = new()
    {
        ["Query.topics"] = Rule.Open, ["Query.topic"] = Rule.Open, ["Query.classifier"] = Rule.Open, ["Query.classifyNote"] = Rule.Open,
        ["Query.node"] = Rule.SignedIn, ["Query.nodes"] = Rule.SignedIn, ["Query.viewer"] = Rule.SignedIn,
        ["Query.people"] = Rule.SignedIn, ["Query.person"] = Rule.SignedIn, ["Query.departments"] = Rule.SignedIn,
        ["Query.programs"] = Rule.SignedIn, ["Query.program"] = Rule.SignedIn, ["Query.pairings"] = Rule.SignedIn,
        ["Query.pairing"] = Rule.SignedIn, ["Query.sessions"] = Rule.SignedIn, ["Query.session"] = Rule.SignedIn,
        ["Query.lessons"] = Rule.SignedIn, ["Query.lesson"] = Rule.SignedIn, ["Query.lessonFeed"] = Rule.SignedIn,
        ["Query.pipeline"] = Rule.Admin,
        ["Query.trendingTopics"] = Rule.Insights, ["Query.knowledgeFlow"] = Rule.Insights,
        ["Mutation.createDepartment"] = Rule.Admin, ["Mutation.createPerson"] = Rule.Admin, ["Mutation.updatePerson"] = Rule.SignedIn,
        ["Mutation.createProgram"] = Rule.Admin, ["Mutation.updateProgram"] = Rule.Admin,
        ["Mutation.proposePairing"] = Rule.SignedIn, ["Mutation.acceptPairing"] = Rule.SignedIn, ["Mutation.declinePairing"] = Rule.SignedIn,
        ["Mutation.pausePairing"] = Rule.SignedIn, ["Mutation.resumePairing"] = Rule.SignedIn, ["Mutation.completePairing"] = Rule.SignedIn,
        ["Mutation.cancelPairing"] = Rule.SignedIn, ["Mutation.scheduleSession"] = Rule.SignedIn, ["Mutation.completeSession"] = Rule.SignedIn,
        ["Mutation.cancelSession"] = Rule.SignedIn, ["Mutation.markSessionMissed"] = Rule.SignedIn, ["Mutation.writeSessionNote"] = Rule.SignedIn,
        ["Mutation.deleteSessionNote"] = Rule.SignedIn, ["Mutation.recordLesson"] = Rule.SignedIn, ["Mutation.updateLesson"] = Rule.SignedIn,
        ["Mutation.deleteLesson"] = Rule.SignedIn, ["Mutation.submitFeedback"] = Rule.SignedIn,
        ["Query.reviewQueue"] = Rule.Admin, ["Query.classifierModels"] = Rule.Admin,
        ["Mutation.labelNote"] = Rule.Admin, ["Mutation.retrainClassifier"] = Rule.Admin,
        ["Query.activeClassifier"] = Rule.Insights,
    };

    private static readonly GraphQL.Types.Schema Served = ApiSchema.BuildDefault();

    public static TheoryData<string, string> EveryRootFieldForEveryRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in RootFields())
        {
            foreach (var role in new[] { "anonymous", "MEMBER", "EXECUTIVE", "ANALYST", "ADMIN" })
            {
                data.Add(field, role);
            }
        }

        return data;
    }

    [Fact]
    public void TheTable_CoversEveryRootField()
    {
        Assert.Equal(Table.Keys.Order(StringComparer.Ordinal), RootFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryRootFieldForEveryRole))]
    public async Task RootField_LetsThroughExactlyTheRolesOfTheTable(string coordinate, string role)
    {
        var (document, variables) = Document(coordinate);
        string? token = role switch
        {
            "anonymous" => null,
            "MEMBER" => api.Token("member-roles@example.com"),
            _ => api.Token($"{role.ToLowerInvariant()}-roles@example.com", role),
        };

        var response = await api.RunAsync(document, token, variables);

        Assert.Equal(200, response.Status);
        var expected = (Table[coordinate], role) switch
        {
            (Rule.Open, _) => null,
            (_, "anonymous") => "UNAUTHENTICATED",
            (Rule.Admin, not "ADMIN") => "FORBIDDEN",
            (Rule.Insights, "MEMBER") => "FORBIDDEN",
            _ => null,
        };
        var authCodes = response.Codes.Where(c => c is "UNAUTHENTICATED" or "FORBIDDEN").ToList();
        if (expected is null)
        {
            Assert.Empty(authCodes);
            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", response.Codes);
        }
        else
        {
            Assert.Equal([expected], authCodes);
        }
    }

    private static IEnumerable<string> RootFields() =>
        Served.QueryType.Fields.Select(f => "Query." + f.Name).Concat(Served.MutationType!.Fields.Select(f => "Mutation." + f.Name));

    /// <summary>A valid operation running just <paramref name="coordinate"/>, with a placeholder value for each required argument.</summary>
    private static (string Document, JsonObject Variables) Document(string coordinate)
    {
        var (typeName, fieldName) = (coordinate.Split('.')[0], coordinate.Split('.')[1]);
        var field = (typeName == "Query" ? Served.QueryType : Served.MutationType!).GetField(fieldName)!;
        var variables = new JsonObject();
        var declarations = new List<string>();
        var arguments = new List<string>();
        foreach (var argument in field.Arguments.Where(a => a.Type is NonNullType && !a.HasDefaultValue))
        {
            declarations.Add($"${argument.Name}: {argument.Type}");
            arguments.Add($"{argument.Name}: ${argument.Name}");
            variables[argument.Name] = Placeholder(argument.Type);
        }

        var selection = field.Type.GetNamedType() is ObjectType or InterfaceType or UnionType ? " { __typename }" : string.Empty;
        var operation = typeName == "Query" ? "query" : "mutation";
        var head = declarations.Count == 0 ? operation : $"{operation}({string.Join(", ", declarations)})";
        var call = arguments.Count == 0 ? fieldName : $"{fieldName}({string.Join(", ", arguments)})";
        return ($"{head} {{ {call}{selection} }}", variables);
    }

    private static JsonNode? Placeholder(GraphQLType type) => type switch
    {
        NonNullType nonNull => Placeholder(nonNull.OfType),
        ListType => new JsonArray(),
        EnumType enumType => enumType.Values[0].Name,
        InputObjectType input => new JsonObject(input.Fields
            .Where(f => f.Type is NonNullType && !f.HasDefaultValue)
            .Select(f => KeyValuePair.Create(f.Name, Placeholder(f.Type)))),
        ScalarType { Name: "Int" } => 1,
        ScalarType { Name: "Float" } => 0.5,
        ScalarType { Name: "Boolean" } => true,
        ScalarType { Name: "DateTime" } => "2026-01-01T00:00:00Z",
        ScalarType { Name: "Date" } => "2026-01-01",
        ScalarType { Name: "ID" } => "UGVyc29uOjE=",
        _ => "placeholder",
    };
}
