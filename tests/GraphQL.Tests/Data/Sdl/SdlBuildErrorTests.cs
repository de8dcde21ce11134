using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Data.Sdl;

/// <summary>Where the SDL and the declarations disagree, the build fails naming both.</summary>
public class SdlBuildErrorTests
{
    private static string Errors(string sdl, Action<SchemaBuilder>? more = null)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(DataTestModel.Sdl.Replace(
            "type Query {\n  people(first: Int, after: String, last: Int, before: String, where: PersonFilterInput, order: [PersonSortInput!]): PeopleConnection\n}",
            sdl,
            StringComparison.Ordinal));
        builder.BindType<Person>("Person").BindType<Department>("Department")
            .ResolveConnection("Query.people", DataTestModel.Person, _ => DataTestModel.People().AsQueryable());
        more?.Invoke(builder);
        var exception = Assert.Throws<SchemaBuildException>(() => builder.Build());
        return exception.Message;
    }

    [Fact]
    public void AFieldTheSdlLacks_IsReported()
    {
        Assert.Contains("the SDL has no field \"Query.people\"", Errors("type Query { person: Person }"), StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnTypeThatIsNoConnection_IsReported()
    {
        Assert.Contains("must name a connection type ending in \"Connection\"", Errors("type Query { people(first: Int): [Person!] }"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("people(first: String): PeopleConnection", "argument \"first\" must be of type Int; it is String")]
    [InlineData("people(where: DepartmentFilterInput): PeopleConnection", "argument \"where\" must be of type PersonFilterInput")]
    [InlineData("people(order: PersonSortInput): PeopleConnection", "argument \"order\" must be of type [PersonSortInput!]")]
    public void AnArgumentOfTheWrongType_IsReported(string field, string expected)
    {
        Assert.Contains(expected, Errors($"type Query {{ {field} }}"), StringComparison.Ordinal);
    }

    [Fact]
    public void AGeneratedTypeTheSdlAlsoDeclares_IsReported()
    {
        var errors = Errors("type Query { people(first: Int): PeopleConnection } type PageInfo { hasNextPage: Boolean! }");

        Assert.Contains("Type \"PageInfo\" is generated from the data declarations", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoShapesOfOneTypeName_AreReported()
    {
        var other = new EntityShape<Person>("Person").Key(p => p.Id).Field("name", p => p.Name);

        var errors = Errors(
            "type Query { people(first: Int, where: PersonFilterInput): PeopleConnection others(first: Int, where: PersonFilterInput): OthersConnection }",
            b => b.ResolveConnection("Query.others", other, _ => DataTestModel.People().AsQueryable()));

        Assert.Contains("Two different EntityShape declarations are named \"Person\"", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldWithOnlySomeArguments_Builds_AndGeneratesOnlyWhatItUses()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(DataTestModel.Sdl.Replace("where: PersonFilterInput, order: [PersonSortInput!]", string.Empty, StringComparison.Ordinal).Replace("last: Int, before: String, ", string.Empty, StringComparison.Ordinal))
            .BindType<Person>("Person").BindType<Department>("Department")
            .ResolveConnection("Query.people", DataTestModel.Person, _ => DataTestModel.People().AsQueryable())
            .Build();

        Assert.Null(schema.GetType("PersonFilterInput"));
        Assert.Null(schema.GetType("SortEnumType"));
        Assert.NotNull(schema.GetType("PeopleConnection"));
    }

    [Fact]
    public void ADeclarationOfAnUnsupportedType_ThrowsAtOnce()
    {
        var shape = new EntityShape<Person>("Person");

        Assert.Throws<ArgumentException>(() => shape.Field("band", p => p.Band));
        Assert.Throws<ArgumentException>(() => shape.Field("department", p => p.Department));
        Assert.Throws<ArgumentException>(() => shape.Field("and", p => p.Name));
        shape.Field("name", p => p.Name);
        Assert.Throws<ArgumentException>(() => shape.Field("name", p => p.Email));
    }
}
