using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Execution.Binding.BindingTestSupport;

namespace MentorGraph.GraphQL.Tests.Execution.Binding;

public class BindingBuildErrorTests
{
    private const string Sdl = """
        type Query {
          create(input: CreateInput!): Boolean
          pick(first: Int, after: String): Boolean
          paint(colour: Colour!): Boolean
          size(count: Int): Boolean
        }

        input CreateInput { name: String! count: Int! nickname: String tags: [String!]! colour: Colour }

        enum Colour { RED DARK_BLUE }
        """;

    public enum Colour
    {
        Red,
        DarkBlue,
    }

    public enum Shade
    {
        Light,
        Dark,
    }

    public sealed record Create(string Name, int Count, string? Nickname, IReadOnlyList<string> Tags, Colour? Colour);

    public sealed record WithExtraMember(string Name, int Count, string? Nickname, IReadOnlyList<string> Tags, Colour? Colour, string Owner);

    public sealed record WithoutCount(string Name, string? Nickname, IReadOnlyList<string> Tags, Colour? Colour);

    public sealed record CountAsGuid(string Name, Guid Count, string? Nickname, IReadOnlyList<string> Tags, Colour? Colour);

    public sealed record NicknameNotNullable(string Name, int Count, string Nickname, IReadOnlyList<string> Tags, Colour? Colour);

    public sealed record ColourNotNullable(string Name, int Count, string? Nickname, IReadOnlyList<string> Tags, Colour Colour);

    public sealed record TagsAsString(string Name, int Count, string? Nickname, string Tags, Colour? Colour);

    public sealed record ColourAsShade(string Name, int Count, string? Nickname, IReadOnlyList<string> Tags, Shade? Colour);

    public sealed record EverythingWrong(string Name, Guid Count, string Nickname, IReadOnlyList<int> Tags, Colour? Colour, string Owner);

    public sealed record Pick(int? First, string? After);

    [Fact]
    public void MemberWithoutField_IsABuildErrorNamingBoth()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<WithExtraMember>("Query.create", (_, _) => true));

        var error = Assert.Single(errors);
        Assert.Contains("\"Query.create\" binds its argument to WithExtraMember", error);
        Assert.Contains("WithExtraMember's constructor parameter Owner has no field in input \"CreateInput\"", error);
    }

    [Fact]
    public void FieldWithoutMember_IsABuildErrorNamingBoth()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<WithoutCount>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.count\" has no member in WithoutCount: add a constructor parameter or settable property Count.", error);
    }

    [Fact]
    public void ScalarTheMemberCannotHold_IsABuildErrorNamingBothTypes()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<CountAsGuid>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.count\" (Int) cannot be bound to CountAsGuid's parameter Count (Guid): Int binds to int, long", error);
    }

    [Fact]
    public void NullableStringFieldIntoNonNullableString_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<NicknameNotNullable>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.nickname\" (String) cannot be bound to NicknameNotNullable's parameter Nickname (String)", error);
        Assert.Contains("the value may be null, so the member must be nullable (String?)", error);
    }

    [Fact]
    public void NullableEnumFieldIntoNonNullableStruct_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<ColourNotNullable>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.colour\" (Colour) cannot be bound to ColourNotNullable's parameter Colour (Colour): the value may be null, so the member must be nullable (Colour?)", error);
    }

    [Fact]
    public void ListIntoAString_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<TagsAsString>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.tags\" ([String!]) cannot be bound to TagsAsString's parameter Tags (String): a list binds to an array, List<T>", error);
    }

    [Fact]
    public void EnumBoundToAnotherCSharpEnum_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<ColourAsShade>("Query.create", (_, _) => true)));

        Assert.Contains("Input field \"CreateInput.colour\" (Colour) cannot be bound to ColourAsShade's parameter Colour (Shade?): enum \"Colour\" is bound to Colour values", error);
    }

    [Fact]
    public void EnumNotBoundWithBindEnum_IntoACSharpEnum_IsABuildErrorSayingSo()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.Resolve<Colour>("Query.paint", (_, _) => true)));

        Assert.Contains("Argument \"Query.paint(colour:)\" (Colour) cannot be bound to Colour (Colour): enum \"Colour\" is not bound with BindEnum", error);
    }

    [Fact]
    public void NullableArgumentIntoANonNullableStruct_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.Resolve<int>("Query.size", (_, _) => true)));

        Assert.Contains("Argument \"Query.size(count:)\" (Int) cannot be bound to Int32 (Int32): the value may be null, so the member must be nullable (Int32?)", error);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var errors = BuildErrors(Sdl, b => b.BindEnum<Colour>("Colour").Resolve<EverythingWrong>("Query.create", (_, _) => true));

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("parameter Count (Guid)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("parameter Nickname (String)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("The items of input field \"CreateInput.tags\" (String) cannot be bound to the items of EverythingWrong's parameter Tags (Int32)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("parameter Owner has no field", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_OnAFieldWithSeveralArguments_IsABuildErrorPointingToResolveArguments()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.Resolve<Pick>("Query.pick", (_, _) => true)));

        Assert.Equal(
            "\"Query.pick\" binds its argument to Pick, but the field must have exactly one argument for that and it has 2 (first, after): bind them all with ResolveArguments<T>.",
            error);
    }

    [Fact]
    public void ResolveArguments_MembersAndArgumentsThatDoNotMatch_AreBuildErrorsNamingBoth()
    {
        var errors = BuildErrors(Sdl, b => b.ResolveArguments<Create>("Query.pick", (_, _) => true));

        Assert.All(errors, e => Assert.StartsWith("\"Query.pick\" binds its arguments to Create: ", e));
        Assert.Contains(errors, e => e.EndsWith("Create's constructor parameter Name has no field in the arguments of \"Query.pick\": every member must match a field by name.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("Argument \"Query.pick(first:)\" has no member in Create: add a constructor parameter or settable property First.", StringComparison.Ordinal));
        Assert.Equal(7, errors.Count);
    }

    [Fact]
    public void TypedResolver_ForAFieldThatDoesNotExist_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.Resolve<Pick>("Query.nothing", (_, _) => true)));

        Assert.Equal("A resolver is bound to \"Query.nothing\", but type \"Query\" has no field \"nothing\".", error);
    }

    [Fact]
    public void TypedAndPlainResolver_ForTheSameField_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b
            .Resolve("Query.pick", _ => true)
            .ResolveArguments<Pick>("Query.pick", (_, _) => true)));

        Assert.Equal("Two resolvers are bound to \"Query.pick\".", error);
    }

    [Fact]
    public void ClassWithTwoWidestConstructors_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.ResolveArguments<Ambiguous>("Query.pick", (_, _) => true)));

        Assert.Equal(
            "\"Query.pick\" binds its arguments to Ambiguous: Ambiguous cannot take the arguments of \"Query.pick\": "
            + "Ambiguous has 2 public constructors with 1 parameter; the binding takes the one with the most, so it must be unique.",
            error);
    }

    public sealed class Ambiguous
    {
        public Ambiguous(int? first) => First = first;

        public Ambiguous(string? after) => After = after;

        public int? First { get; }

        public string? After { get; }
    }
}
