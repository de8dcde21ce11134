namespace MentorGraph.GraphQL.Conventions;

/// <summary>
/// Ends a payload field's resolver with these errors, from however deep in the call it is thrown (a
/// service that finds a version conflict, say): the field's value becomes <c>Payload.Failure(Errors)</c>,
/// exactly as if the resolver had returned it. Only fields whose type is a payload bound with
/// <see cref="PayloadConventions.BindPayload"/> turn it into data; elsewhere it is an unexpected exception.
/// </summary>
public sealed class PayloadErrorException : Exception
{
    public PayloadErrorException(params IEnumerable<PayloadError> errors)
        : this(errors.ToList())
    {
    }

    private PayloadErrorException(List<PayloadError> errors)
        : base(errors.Count == 0 ? "No payload errors." : string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}")))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A PayloadErrorException needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    public IReadOnlyList<PayloadError> Errors { get; }
}
