namespace MentorGraph.GraphQL.Conventions;

/// <summary>
/// What the resolver of a payload field (a mutation, or a query shaped like one) returns: the value the
/// payload's value field shows (e.g. <c>pairing</c>), or the errors its <c>errors</c> field lists.
/// Unexpected failures stay exceptions, which become ordinary GraphQL errors; expected refusals are
/// errors here, so clients read them as data. Bind the payload type with <see cref="PayloadConventions.BindPayload"/>.
/// </summary>
public sealed class Payload
{
    private Payload(object? value, IReadOnlyList<PayloadError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value of the payload's value field; null on failure.</summary>
    public object? Value { get; }

    /// <summary>The payload's <c>errors</c>: empty on success.</summary>
    public IReadOnlyList<PayloadError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    /// <summary>Success: <paramref name="value"/> (the changed object) and no errors.</summary>
    public static Payload Success(object? value) => new(value, []);

    /// <summary>Failure: no value and these errors (at least one, every one reported at once).</summary>
    public static Payload Failure(params IEnumerable<PayloadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed payload needs at least one error; use Payload.Success for no errors.", nameof(errors));
        }

        if (list.Any(e => e is null))
        {
            throw new ArgumentException("A payload error is null.", nameof(errors));
        }

        return new Payload(null, list);
    }
}
