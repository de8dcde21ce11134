using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Conventions;

/// <summary>
/// The mutation-payload convention, as clients see it in the SDL:
/// <code>
/// interface Error { message: String! code: String! }
/// type ValidationError implements Error { message: String! code: String! field: String }
/// union ProposePairingError = ValidationError | ConflictError
/// type ProposePairingPayload { pairing: Pairing  errors: [ProposePairingError!]! }
/// type Mutation { proposePairing(input: ProposePairingInput!): ProposePairingPayload! }
/// </code>
/// The SDL declares these types; this binds them. <see cref="BindError{TError}"/> binds each error type to
/// a <see cref="PayloadError"/> record; <see cref="BindPayload"/> binds a payload type, so that a resolver
/// returning <see cref="Payload.Success"/> or <see cref="Payload.Failure"/> (or throwing
/// <see cref="PayloadErrorException"/>) fills its value field and its <c>errors</c>. Every error type carries
/// <c>code</c>, so clients can select <c>errors { ... on Error { code message } }</c> with one fragment on
/// the interface rather than one per error type (a union's fields are only reachable through fragments).
/// </summary>
/// <example>
/// <code>
/// builder
///     .BindError&lt;ValidationError&gt;("ValidationError")
///     .BindPayload("ProposePairingPayload", typeof(ValidationError), typeof(ConflictError))
///     .Resolve&lt;ProposePairingInput&gt;("Mutation.proposePairing", async (input, context) =>
///     {
///         if (input.SeniorId == input.JuniorId)
///         {
///             return Payload.Failure(new ValidationError("juniorId", "SAME_PERSON", "A person cannot mentor themselves."));
///         }
///
///         return Payload.Success(await pairings.ProposeAsync(input, context.CancellationToken));
///     });
/// </code>
/// </example>
public static class PayloadConventions
{
    /// <summary>The interface every error type implements.</summary>
    public const string ErrorInterfaceName = "Error";

    /// <summary>The payload field that lists the errors.</summary>
    public const string ErrorsFieldName = "errors";

    /// <summary>
    /// Binds an error object type of the SDL to a <see cref="PayloadError"/> record (its fields read the
    /// record's properties, as <see cref="SchemaBuilder.BindType{T}"/> does), so unions and the <c>Error</c>
    /// interface resolve its values. The type must implement <c>Error</c>.
    /// </summary>
    public static SchemaBuilder BindError<TError>(this SchemaBuilder builder, string typeName)
        where TError : PayloadError
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(typeName);
        return builder
            .BindType<TError>(typeName)
            .AddBuildStep((schema, errors) => PayloadBinding.CheckErrorType(schema, typeName, typeof(TError), errors));
    }

    /// <summary>
    /// Binds a payload object type: <c>errors</c> lists <see cref="Payload.Errors"/>, the one other field
    /// without a resolver of its own (which must be nullable: null on failure) shows <see cref="Payload.Value"/>,
    /// and every field of this type catches <see cref="PayloadErrorException"/> into a failed payload. The build
    /// checks the shape (<c>errors: [E!]!</c>, E a union or interface of error types that implement
    /// <c>Error</c> and are bound with <see cref="BindError{TError}"/>) and that E includes every error type in
    /// <paramref name="errorTypes"/> — the <see cref="PayloadError"/> records this payload's resolvers may return.
    /// </summary>
    public static SchemaBuilder BindPayload(this SchemaBuilder builder, string typeName, params Type[] errorTypes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(errorTypes);
        var declared = errorTypes.ToList();
        return builder.AddBuildStep((schema, errors) => PayloadBinding.Bind(schema, builder.TypeBindings, typeName, declared, errors));
    }
}
