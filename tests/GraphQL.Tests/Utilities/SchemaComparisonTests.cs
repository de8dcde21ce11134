using MentorGraph.GraphQL.Tooling;
using MentorGraph.GraphQL.Utilities;
using static MentorGraph.GraphQL.Utilities.SchemaChangeKind;
using static MentorGraph.GraphQL.Utilities.SchemaChangeSeverity;

namespace MentorGraph.GraphQL.Tests.Utilities;

public class SchemaComparisonTests
{
    private const string Base = """
        type Query { user(id: ID!, active: Boolean = true): User, search(term: String): [Result!]! }
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String role: Role! tags: [String!] }
        type Team implements Node { id: ID! }
        union Result = User | Team
        enum Role { ADMIN MEMBER }
        input UserInput { name: String!, note: String, limit: Int = 10 }
        type Mutation { save(input: UserInput!): User }
        directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT
        """;

    private static IReadOnlyList<SchemaChange> Changes(string newSdl) =>
        SchemaComparison.Compare(MockSchema.FromSdl(Base), MockSchema.FromSdl(newSdl));

    private static SchemaChange Single(string newSdl, SchemaChangeKind kind) => Assert.Single(Changes(newSdl), c => c.Kind == kind);

    [Fact]
    public void Compare_SameSchema_HasNoChanges() => Assert.Empty(Changes(Base));

    [Fact]
    public void Compare_RemovedType_IsBreaking()
    {
        var change = Single(Base.Replace("type Team implements Node { id: ID! }", "").Replace("union Result = User | Team", "union Result = User"), TypeRemoved);

        Assert.Equal((Breaking, "Team"), (change.Severity, change.Path));
    }

    [Fact]
    public void Compare_TypeKindChanged_IsBreaking()
    {
        var change = Single(Base.Replace("enum Role { ADMIN MEMBER }", "scalar Role"), TypeKindChanged);

        Assert.Equal("Role changed from an enum to a scalar.", change.Description);
        Assert.Equal(Breaking, change.Severity);
    }

    [Fact]
    public void Compare_AddedTypeAndField_AreSafe()
    {
        var changes = Changes(Base.Replace("type Team implements Node { id: ID! }", "type Team implements Node { id: ID! size: Int }\ntype Extra { x: Int }"));

        Assert.Equal([(Safe, "Extra", TypeAdded), (Safe, "Team.size", FieldAdded)], changes.Select(c => (c.Severity, c.Path, c.Kind)));
    }

    [Fact]
    public void Compare_RemovedField_IsBreaking()
    {
        var change = Single(Base.Replace(" tags: [String!]", ""), FieldRemoved);

        Assert.Equal((Breaking, "User.tags", "Field User.tags was removed."), (change.Severity, change.Path, change.Description));
    }

    [Theory]
    [InlineData("name: String role", "name: String! role", true)]
    [InlineData("tags: [String!]", "tags: [String!]!", true)]
    [InlineData("role: Role!", "role: Role", false)]
    [InlineData("tags: [String!]", "tags: [String]", false)]
    [InlineData("tags: [String!]", "tags: String", false)]
    [InlineData("name: String role", "name: Int role", false)]
    public void Compare_FieldTypeChange_OnlyNarrowingIsSafe(string before, string after, bool safe)
    {
        var changes = Changes(Base.Replace(before, after));

        var change = Assert.Single(changes);
        Assert.Equal(safe ? FieldTypeChangedSafe : FieldTypeChangedBreaking, change.Kind);
        Assert.Equal(safe ? Safe : Breaking, change.Severity);
    }

    [Theory]
    [InlineData("search(term: String)", "search(term: String!)", false)]
    [InlineData("user(id: ID!,", "user(id: ID,", true)]
    [InlineData("user(id: ID!,", "user(id: [ID!]!,", false)]
    [InlineData("search(term: String)", "search(term: Int)", false)]
    public void Compare_ArgumentTypeChange_OnlyWideningIsSafe(string before, string after, bool safe)
    {
        var change = Assert.Single(Changes(Base.Replace(before, after)));

        Assert.Equal(safe ? ArgumentTypeChangedSafe : ArgumentTypeChangedBreaking, change.Kind);
    }

    [Fact]
    public void Compare_RemovedArgument_IsBreaking()
    {
        var change = Single(Base.Replace(", active: Boolean = true", ""), ArgumentRemoved);

        Assert.Equal((Breaking, "Query.user(active:)"), (change.Severity, change.Path));
    }

    [Fact]
    public void Compare_NewRequiredArgument_IsBreaking_OptionalOrDefaultedIsSafe()
    {
        var changes = Changes(Base.Replace("search(term: String)", "search(term: String, first: Int!, after: String, last: Int! = 5)"));

        Assert.Equal(
            [(Breaking, "Query.search(first:)", RequiredArgumentAdded), (Safe, "Query.search(after:)", OptionalArgumentAdded), (Safe, "Query.search(last:)", OptionalArgumentAdded)],
            changes.Select(c => (c.Severity, c.Path, c.Kind)));
    }

    [Fact]
    public void Compare_ChangedDefault_IsDangerous()
    {
        var change = Single(Base.Replace("active: Boolean = true", "active: Boolean = false"), ArgumentDefaultChanged);

        Assert.Equal(Dangerous, change.Severity);
        Assert.Equal("Argument active of Query.user changed its default from true to false.", change.Description);
    }

    [Fact]
    public void Compare_EnumValueRemoved_IsBreaking_AddedIsDangerous()
    {
        var changes = Changes(Base.Replace("enum Role { ADMIN MEMBER }", "enum Role { ADMIN GUEST }"));

        Assert.Equal([(Breaking, "Role.MEMBER", EnumValueRemoved), (Dangerous, "Role.GUEST", EnumValueAdded)], changes.Select(c => (c.Severity, c.Path, c.Kind)));
    }

    [Fact]
    public void Compare_UnionMemberRemoved_IsBreaking_AddedIsDangerous()
    {
        var removed = Single(Base.Replace("union Result = User | Team", "union Result = User"), UnionMemberRemoved);
        var added = Single(Base.Replace("union Result = User | Team", "union Result = User | Team | Extra") + "\ntype Extra { x: Int }", UnionMemberAdded);

        Assert.Equal((Breaking, "Team was removed from union Result."), (removed.Severity, removed.Description));
        Assert.Equal(Dangerous, added.Severity);
    }

    [Fact]
    public void Compare_InterfaceRemovedFromAType_IsBreaking_AddedIsDangerous()
    {
        var removed = Single(Base.Replace("type Team implements Node {", "type Team {"), InterfaceRemoved);
        var added = Single(Base.Replace("interface Node { id: ID! }", "interface Node { id: ID! }\ninterface Named { name: String }")
            .Replace("type User implements Node {", "type User implements Node & Named {"), InterfaceAdded);

        Assert.Equal((Breaking, "Team no longer implements Node."), (removed.Severity, removed.Description));
        Assert.Equal((Dangerous, "User now implements Named."), (added.Severity, added.Description));
    }

    [Fact]
    public void Compare_InputFields_RemovedOrNewRequiredAreBreaking_NewOptionalIsSafe()
    {
        var changes = Changes(Base.Replace("input UserInput { name: String!, note: String, limit: Int = 10 }",
            "input UserInput { name: String!, limit: Int = 10, team: ID!, bio: String, size: Int! = 1 }"));

        Assert.Equal(
            [
                (Breaking, "UserInput.note", InputFieldRemoved), (Breaking, "UserInput.team", RequiredInputFieldAdded),
                (Safe, "UserInput.bio", OptionalInputFieldAdded), (Safe, "UserInput.size", OptionalInputFieldAdded),
            ],
            changes.Select(c => (c.Severity, c.Path, c.Kind)));
    }

    [Theory]
    [InlineData("note: String,", "note: String!,", false)]
    [InlineData("{ name: String!,", "{ name: String,", true)]
    public void Compare_InputFieldTypeChange_OnlyWideningIsSafe(string before, string after, bool safe)
    {
        var change = Assert.Single(Changes(Base.Replace(before, after)));

        Assert.Equal(safe ? InputFieldTypeChangedSafe : InputFieldTypeChangedBreaking, change.Kind);
    }

    [Fact]
    public void Compare_Directives_RemovedLocationAndRepeatableAreBreaking()
    {
        var changes = Changes(Base.Replace("directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT", "directive @tag(name: String!) on FIELD_DEFINITION"));

        Assert.Equal([DirectiveLocationRemoved, DirectiveRepeatableRemoved], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Equal(Breaking, c.Severity));
        Assert.Equal(DirectiveRemoved, Single(Base.Replace("directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT", ""), DirectiveRemoved).Kind);
    }

    [Fact]
    public void Compare_DeprecatedField_IsSafe()
    {
        var change = Single(Base.Replace("name: String role", "name: String @deprecated(reason: \"Use displayName.\") role"), FieldDeprecated);

        Assert.Equal((Safe, "Field User.name was deprecated: Use displayName."), (change.Severity, change.Description));
    }

    [Fact]
    public void Compare_RemovedMutationType_IsBreaking()
    {
        var changes = Changes(Base.Replace("type Mutation { save(input: UserInput!): User }", ""));

        Assert.Contains(changes, c => c.Kind == RootTypeChanged && c.Description == "The schema no longer has a mutation type.");
        Assert.Contains(changes, c => c.Kind == TypeRemoved && c.Path == "Mutation");
    }

    [Fact]
    public void Compare_InputFieldDefaultChanged_IsDangerous()
    {
        var change = Single(Base.Replace("limit: Int = 10", "limit: Int = 20"), InputFieldDefaultChanged);

        Assert.Equal((Dangerous, "UserInput.limit", "Input field UserInput.limit changed its default from 10 to 20."), (change.Severity, change.Path, change.Description));
    }

    [Fact]
    public void Compare_DeprecatedEnumValueAndAddedDirective_AreSafe()
    {
        var changes = Changes(Base.Replace("enum Role { ADMIN MEMBER }", "enum Role { ADMIN MEMBER @deprecated(reason: \"Use ADMIN.\") }") + "\ndirective @internal on FIELD_DEFINITION");

        Assert.Equal([(Safe, "@internal", DirectiveAdded), (Safe, "Role.MEMBER", EnumValueDeprecated)], changes.Select(c => (c.Severity, c.Path, c.Kind)));
    }
}
