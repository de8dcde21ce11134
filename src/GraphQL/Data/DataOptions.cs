using MentorGraph.GraphQL.Data.Filtering;
using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Data;

/// <summary>
/// The data conventions' settings, passed in by the host (from its configuration; the engine reads no
/// environment). Page sizes also set the generated <c>@listSize</c> of every connection:
/// <c>slicingArgumentDefaultValue</c> is <see cref="DefaultPageSize"/>, <c>assumedSize</c> <see cref="MaxPageSize"/>.
/// </summary>
public sealed record DataOptions
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (HotChocolate's default, 10).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>The largest <c>first</c>/<c>last</c> accepted (HotChocolate's default, 50); more is a PAGE_SIZE_EXCEEDED error.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>How string filters compare: case-insensitive by default.</summary>
    public IStringMatching StringMatching { get; init; } = CaseInsensitiveStringMatching.Instance;

    /// <summary>Runs the page, count and existence queries; swap in one that uses the provider's async methods.</summary>
    public IQueryRunner QueryRunner { get; init; } = Paging.QueryRunner.Default;

    /// <summary>
    /// The request's <see cref="NavigationGuards"/>: which related rows a <c>where</c> or an <c>order</c> may reach
    /// through a navigation. Called once per connection field and request, with the field's context; null (the
    /// default): no guards, every related row is seen.
    /// </summary>
    public Func<IResolveFieldContext, NavigationGuards>? Guards { get; init; }

    /// <summary>
    /// True when the query provider sorts nulls as greatest by itself — after every value ascending, before every value
    /// descending, as PostgreSQL does by default. Orders then leave nulls to it (<c>ORDER BY started_at, id</c>, which an index
    /// on those columns serves) instead of sorting by <c>started_at IS NULL</c> first, which no plain index serves (PostgreSQL
    /// then reads and sorts every matching row). False (the default) is right for every provider, LINQ to objects included.
    /// </summary>
    public bool NullsSortGreatest { get; init; }

    /// <summary>The <c>@cost</c> weight of a connection field (HotChocolate's weight of a resolver that does I/O).</summary>
    public int ConnectionWeight { get; init; } = 10;

    /// <summary>The <c>@cost</c> weight of the <c>where</c> and <c>order</c> arguments.</summary>
    public int ArgumentWeight { get; init; } = 10;

    internal void Validate()
    {
        if (DefaultPageSize < 0 || MaxPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            throw new ArgumentException(
                $"DataOptions: DefaultPageSize ({DefaultPageSize}) must be from 0 to MaxPageSize ({MaxPageSize}), and MaxPageSize at least 1.");
        }

        ArgumentNullException.ThrowIfNull(StringMatching);
        ArgumentNullException.ThrowIfNull(QueryRunner);
    }
}
