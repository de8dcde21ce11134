using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution.Binding;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Conventions;

/// <summary>A small mutation API in the payload convention: renameItem refuses bad input and reports stale versions.</summary>
internal static class PayloadTestSchema
{
    public const string Sdl = """
        type Query { item(id: ID!): Item }

        type Mutation {
          renameItem(input: RenameItemInput!): RenameItemPayload!
        }

        input RenameItemInput { id: ID! name: String! version: Int! }

        type Item { id: ID! name: String! version: Int! }

        interface Error { message: String! code: String! }

        type ValidationError implements Error { message: String! code: String! field: String }

        type ConflictError implements Error { message: String! code: String! currentVersion: Int! }

        "Not an error renameItem gives."
        type ForbiddenError implements Error { message: String! code: String! }

        union RenameItemError = ValidationError | ConflictError

        type RenameItemPayload { item: Item errors: [RenameItemError!]! }
        """;

    public sealed record RenameItemInput(string Id, string Name, int Version);

    public sealed record Item(string Id, string Name, int Version);

    public sealed record ValidationError(string? Field, string Code, string Message) : PayloadError(Code, Message);

    public sealed record ConflictError(int CurrentVersion, string Message) : PayloadError("CONFLICT", Message);

    /// <summary>Bound, but not part of RenameItemError.</summary>
    public sealed record ForbiddenError(string Message) : PayloadError("FORBIDDEN", Message);

    /// <summary>Bound to no error type.</summary>
    public sealed record UnboundError(string Message) : PayloadError("UNBOUND", Message);

    public static SchemaBuilder Builder() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl)
        .BindType<Item>("Item")
        .Resolve("Query.item", _ => null)
        .BindError<ValidationError>("ValidationError")
        .BindError<ConflictError>("ConflictError")
        .BindError<ForbiddenError>("ForbiddenError");

    /// <summary>The mutation as the convention means it to be written: validate the typed input, then fail or succeed.</summary>
    public static Schema Build() => Builder()
        .BindPayload("RenameItemPayload", typeof(ValidationError), typeof(ConflictError))
        .Resolve<RenameItemInput>("Mutation.renameItem", async (input, _) =>
        {
            var errors = new List<ValidationError>();
            if (string.IsNullOrWhiteSpace(input.Name))
            {
                errors.Add(new ValidationError("name", "EMPTY", "The name is empty."));
            }

            if (input.Name.Length > 20)
            {
                errors.Add(new ValidationError("name", "TOO_LONG", "The name is longer than 20 characters."));
            }

            if (input.Version < 1)
            {
                errors.Add(new ValidationError("version", "OUT_OF_RANGE", "Versions start at 1."));
            }

            if (errors.Count > 0)
            {
                return Payload.Failure(errors);
            }

            var saved = await SaveAsync(input);
            return Payload.Success(saved);
        })
        .Build();

    /// <summary>A store that finds conflicts deep down and throws them as payload errors.</summary>
    private static async Task<Item> SaveAsync(RenameItemInput input)
    {
        await Task.Yield();
        if (input.Version != 3)
        {
            throw new PayloadErrorException(new ConflictError(3, $"The item changed: it is at version 3, not {input.Version}."));
        }

        return new Item(input.Id, input.Name, input.Version + 1);
    }
}
