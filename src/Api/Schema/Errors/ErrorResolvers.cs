using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.Api.Schema.Errors;

/// <summary>
/// The error types every payload may use (<c>interface Error</c> and its implementations), bound once for
/// all areas; each area binds its payloads with <see cref="PayloadConventions.BindPayload"/>.
/// </summary>
internal static class ErrorResolvers
{
    public static SchemaBuilder AddErrors(this SchemaBuilder builder) => builder
        .BindError<ValidationError>("ValidationError")
        .BindError<NotFoundError>("NotFoundError")
        .BindError<InvalidTransitionError>("InvalidTransitionError")
        .BindError<ConflictError>("ConflictError")
        .BindError<ForbiddenError>("ForbiddenError");
}
