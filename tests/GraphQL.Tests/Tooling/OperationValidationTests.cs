using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.GraphQL.Tests.Tooling;

public class OperationValidationTests
{
    private static readonly MentorGraph.GraphQL.Types.Schema Schema = MockSchema.FromSdl("type Query { hello(name: String!): String, node: Node }\ntype Node { child: Node }");

    [Fact]
    public void Validate_ValidDocument_HasNoErrors()
    {
        Assert.Empty(OperationValidation.Validate(Schema, new Source("query Q { hello(name: \"x\") }\n")));
    }

    [Fact]
    public void Validate_SyntaxError_IsTheOnlyErrorWithItsLocation()
    {
        var error = Assert.Single(OperationValidation.Validate(Schema, new Source("{\n  hello(\n")));

        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.Equal(new ErrorLocation(3, 1), error.Locations![0]);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Validate_RuleViolations_AreAllReportedWithLocations()
    {
        var errors = OperationValidation.Validate(Schema, new Source("{ hello helo }"));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.Contains(errors, e => e.Message.Contains("\"helo\"") && e.Locations![0] == new ErrorLocation(1, 9));
        Assert.Contains(errors, e => e.Message.Contains("argument \"name\"") && e.Locations![0] == new ErrorLocation(1, 3));
    }

    [Fact]
    public void Validate_AppliesTheConfiguredDepthLimit()
    {
        var source = new Source("{ node { child { child { child { __typename } } } } }");

        Assert.Empty(OperationValidation.Validate(Schema, source));
        Assert.NotEmpty(OperationValidation.Validate(Schema, source, new GraphQLOptions { MaxQueryDepth = 2 }));
    }

    [Fact]
    public void Validate_AppliesTheParserLimits()
    {
        var error = Assert.Single(OperationValidation.Validate(Schema, new Source("{ hello(name: \"x\") }"), new GraphQLOptions { MaxTokens = 3 }));

        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal("MaxTokens", error.Extensions!["limit"]);
    }
}
