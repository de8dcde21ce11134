using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Data.Paging;

namespace MentorGraph.GraphQL.Tests.Data.Paging;

/// <summary>
/// Which members a page loads for a selection: the key, the order's own members, and what each selected field reads
/// (declared, or the member named like it); whole rows whenever a selected field's reads are unknown.
/// </summary>
public class EntityProjectionTests
{
    private static readonly EntityShape<Person> Shape = new EntityShape<Person>("Person")
        .Key(p => p.Id)
        .Field("name", p => p.Name)
        .Reads("department")
        .Reads("label", p => p.Name, p => p.Level);

    private static readonly Person Full = new()
    {
        Id = 7, Name = "Ada", Email = "ada@example.com", Level = 4, JoinedAt = DataTestModel.At(2020, 1), Department = DataTestModel.Sales,
    };

    [Fact]
    public void AScalarField_LoadsTheKeyAndTheMemberNamedLikeIt()
    {
        var projection = EntityProjection<Person>.For(Shape, ["name", "__typename"], [])!;

        var loaded = projection.Selector.Compile()(Full);

        Assert.Equal("Id,Name", projection.Signature);
        Assert.Equal((7L, "Ada", null, 0), (loaded.Id, loaded.Name, loaded.Email, loaded.Level));
    }

    [Fact]
    public void ADeclaredField_LoadsWhatItReads_AndNoNavigation()
    {
        var projection = EntityProjection<Person>.For(Shape, ["label", "department"], [])!;

        var loaded = projection.Selector.Compile()(Full);

        Assert.Equal("Id,Level,Name", projection.Signature);
        Assert.Null(loaded.Department);
    }

    [Fact]
    public void TheOrdersOwnMembers_AreLoaded_NotThoseOfRelatedEntities()
    {
        Expression<Func<Person, DateTimeOffset>> joined = p => p.JoinedAt;
        Expression<Func<Person, string?>> department = p => p.Department!.Name;

        var projection = EntityProjection<Person>.For(Shape, ["name"], [joined, department])!;

        Assert.Equal("Id,JoinedAt,Name", projection.Signature);
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("nickname")]
    public void AFieldWhoseReadsAreUnknown_LoadsWholeRows(string field) =>
        Assert.Null(EntityProjection<Person>.For(Shape, ["name", field], []));

    [Fact]
    public void AnUnknownSelection_LoadsWholeRows() =>
        Assert.Null(EntityProjection<Person>.For(Shape, null, []));

    [Fact]
    public void ReadsOfANavigation_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EntityShape<Person>("Person").Reads("department", p => p.Department));

    [Fact]
    public void ReadsDeclaredTwice_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new EntityShape<Person>("Person").Reads("label").Reads("label", p => p.Name));
}
