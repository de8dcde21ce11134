using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Types;
using static MentorGraph.GraphQL.Tests.Conventions.PayloadTestSchema;

namespace MentorGraph.GraphQL.Tests.Conventions;

public class PayloadBuildErrorTests
{
    private static IReadOnlyList<string> BuildErrors(string sdl, Action<SchemaBuilder> configure)
    {
        var builder = new SchemaBuilder { DefaultResolver = _ => new ValueTask<object?>((object?)null) }
            .AddTypeDefinitions(sdl)
            .BindType<Item>("Item");
        configure(builder);
        return Assert.Throws<SchemaBuildException>(() => builder.Build()).Errors.Select(e => e.Message).ToList();
    }

    private static Action<SchemaBuilder> BindBoth(params Type[] declared) => b => b
        .BindError<ValidationError>("ValidationError")
        .BindError<ConflictError>("ConflictError")
        .BindError<ForbiddenError>("ForbiddenError")
        .BindPayload("RenameItemPayload", declared);

    [Fact]
    public void DeclaredErrorTheUnionLacks_IsABuildErrorNamingBoth()
    {
        var sdl = Sdl.Replace("union RenameItemError = ValidationError | ConflictError", "union RenameItemError = ValidationError", StringComparison.Ordinal);

        var error = Assert.Single(BuildErrors(sdl, BindBoth(typeof(ValidationError), typeof(ConflictError))));

        Assert.Equal(
            "Payload \"RenameItemPayload\" may return ConflictError (error type \"ConflictError\"), but \"RenameItemError\", the type of its errors, does not include \"ConflictError\".",
            error);
    }

    [Fact]
    public void DeclaredErrorNotBoundToAnErrorType_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, BindBoth(typeof(UnboundError))));

        Assert.Equal("Payload \"RenameItemPayload\" may return UnboundError, which is bound to no error type: bind it with BindError<UnboundError>(\"...\").", error);
    }

    [Fact]
    public void UnionMemberNotBoundWithBindError_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindError<ValidationError>("ValidationError").BindError<ForbiddenError>("ForbiddenError").BindPayload("RenameItemPayload")));

        Assert.Equal(
            "Error type \"ConflictError\" of \"RenameItemError\" (RenameItemPayload.errors) is not bound to a PayloadError record: bind it with BindError<T>(\"ConflictError\").",
            error);
    }

    [Fact]
    public void ErrorInterfaceWithoutCode_IsABuildError()
    {
        var sdl = Sdl.Replace("interface Error { message: String! code: String! }", "interface Error { message: String! }", StringComparison.Ordinal)
            .Replace("code: String! field", "field", StringComparison.Ordinal)
            .Replace("code: String! currentVersion", "currentVersion", StringComparison.Ordinal)
            .Replace("message: String! code: String! }", "message: String! }", StringComparison.Ordinal);

        var errors = BuildErrors(sdl, BindBoth());

        Assert.Equal(
            "The payload convention needs interface Error { message: String! code: String! }; interface \"Error\" lacks \"message: String!\" or \"code: String!\".",
            Assert.Single(errors.Distinct()));
    }

    [Fact]
    public void ErrorTypeNotImplementingError_IsABuildError()
    {
        var sdl = Sdl.Replace("type ConflictError implements Error {", "type ConflictError {", StringComparison.Ordinal);

        var error = Assert.Single(BuildErrors(sdl, BindBoth()));

        Assert.Equal("Error type \"ConflictError\" (bound to ConflictError) must implement interface \"Error\", as every error of a payload does.", error);
    }

    [Fact]
    public void NullableErrorsList_IsABuildErrorShowingTheExpectedShape()
    {
        var sdl = Sdl.Replace("errors: [RenameItemError!]!", "errors: [RenameItemError!]", StringComparison.Ordinal);

        var error = Assert.Single(BuildErrors(sdl, BindBoth()));

        Assert.Equal(
            "Payload \"RenameItemPayload\" must have a field \"errors: [RenameItemError!]!\", a non-null list of a union or interface of error types; it is [RenameItemError!].",
            error);
    }

    [Fact]
    public void NonNullValueField_IsABuildError()
    {
        var sdl = Sdl.Replace("type RenameItemPayload { item: Item ", "type RenameItemPayload { item: Item! ", StringComparison.Ordinal);

        var error = Assert.Single(BuildErrors(sdl, BindBoth()));

        Assert.Equal(
            "Field \"RenameItemPayload.item\" holds the payload's result, which is null when it failed, so it must be nullable; it is Item!.",
            error);
    }

    [Fact]
    public void TwoValueFields_IsABuildError_UnlessOneHasItsOwnResolver()
    {
        var sdl = Sdl.Replace("type RenameItemPayload { item: Item ", "type RenameItemPayload { item: Item query: Query ", StringComparison.Ordinal);

        var error = Assert.Single(BuildErrors(sdl, BindBoth()));
        var builder = new SchemaBuilder().AddTypeDefinitions(sdl).BindType<Item>("Item").Resolve("Query.item", _ => null)
            .Resolve("Mutation.renameItem", _ => null).Resolve("RenameItemPayload.query", _ => new object());
        BindBoth()(builder);

        Assert.Equal(
            "Payload \"RenameItemPayload\" must have exactly one field besides \"errors\" without a resolver of its own, to hold the result; it has 2 (item, query).",
            error);
        Assert.NotNull(builder.Build());
    }

    [Fact]
    public void PayloadTypeThatDoesNotExist_IsABuildError()
    {
        var error = Assert.Single(BuildErrors(Sdl, b => b.BindPayload("RenamePayload")));

        Assert.Equal("Payload \"RenamePayload\" is bound with BindPayload, but the schema has no type \"RenamePayload\".", error);
    }
}
