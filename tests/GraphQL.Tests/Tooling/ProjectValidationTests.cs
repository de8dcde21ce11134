using MentorGraph.GraphQL.Tooling;

namespace MentorGraph.GraphQL.Tests.Tooling;

public class ProjectValidationTests
{
    private static readonly MentorGraph.GraphQL.Types.Schema Schema = MockSchema.FromSdl(
        "type Query { user(id: ID!): User }\ntype User { id: ID! name: String friends: [User!]! }");

    [Fact]
    public void Validate_FragmentDefinedInAnotherDocument_IsResolved()
    {
        var errors = ProjectValidation.Validate(Schema,
        [
            new ProjectDocument("query.graphql", "query Q($id: ID!) { user(id: $id) { ...UserCard } }"),
            new ProjectDocument("card.graphql", "fragment UserCard on User { name friends { ...Avatar } }"),
            new ProjectDocument("avatar.graphql", "fragment Avatar on User { id }"),
        ]);

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ErrorInsideAFragmentOfAnotherFile_IsReportedOnceAtTheFragmentsFilePosition()
    {
        var errors = ProjectValidation.Validate(Schema,
        [
            new ProjectDocument("a.graphql", "query A { user(id: 1) { ...Card } }"),
            new ProjectDocument("b.graphql", "query B { user(id: 2) { ...Card } }"),
            new ProjectDocument("card.ts", "fragment Card on User {\n  name\n  nmae\n}", Line: 10, Column: 25),
        ]);

        var error = Assert.Single(errors);
        Assert.Equal(new ProjectError("card.ts", 12, 3, "Cannot query field \"nmae\" on type \"User\". Did you mean \"name\"?"), error);
    }

    [Fact]
    public void Validate_VariableUsedInAnotherFilesFragment_MustBeDefinedByTheOperation()
    {
        var errors = ProjectValidation.Validate(Schema,
        [
            new ProjectDocument("q.graphql", "query Q { user(id: 1) { ...Friend } }"),
            new ProjectDocument("f.graphql", "fragment Friend on User { friends { ... on User { id } } user: id @include(if: $show) }"),
        ]);

        Assert.Contains(errors, e => e.File == "f.graphql" && e.Message.Contains("\"$show\""));
    }

    [Fact]
    public void Validate_DuplicateNamesAcrossDocuments_AreErrorsAtTheLaterDefinition()
    {
        var errors = ProjectValidation.Validate(Schema,
        [
            new ProjectDocument("a.graphql", "query Me { user(id: 1) { ...F } }\nfragment F on User { id }"),
            new ProjectDocument("b.graphql", "query Me { user(id: 2) { ...F } }\nfragment F on User { name }"),
        ]);

        Assert.Equal(
            [
                new ProjectError("b.graphql", 2, 1, "Fragment \"F\" is defined more than once in the project; it is also defined at a.graphql:2:1."),
                new ProjectError("b.graphql", 1, 1, "Operation \"Me\" is defined more than once in the project; it is also defined at a.graphql:1:1."),
            ],
            errors);
    }

    [Fact]
    public void Validate_FragmentNoOperationReaches_IsNeverUsed_OneUsedElsewhereIsNot()
    {
        var errors = ProjectValidation.Validate(Schema,
        [
            new ProjectDocument("q.graphql", "{ user(id: 1) { ...Used } }"),
            new ProjectDocument("f.graphql", "fragment Used on User { id }\nfragment Orphan on User { name }"),
        ]);

        Assert.Equal([new ProjectError("f.graphql", 2, 1, "Fragment \"Orphan\" is never used.")], errors);
    }

    [Fact]
    public void Validate_UnknownFragment_IsStillAnError()
    {
        var error = Assert.Single(ProjectValidation.Validate(Schema, [new ProjectDocument("q.graphql", "{ user(id: 1) { ...Nowhere } }")]));

        Assert.Equal(new ProjectError("q.graphql", 1, 20, "Unknown fragment \"Nowhere\"."), error);
    }

    [Fact]
    public void Validate_SyntaxErrorInATemplate_IsAtItsFilePosition()
    {
        var error = Assert.Single(ProjectValidation.Validate(Schema, [new ProjectDocument("a.tsx", "query {\n  user(id: 1) {", Line: 4, Column: 20)]));

        Assert.Equal("a.tsx", error.File);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("Syntax Error:", error.Message);
    }
}
