using System.Globalization;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// <c>first after last before</c> as given, checked: <c>first</c> and <c>last</c> together, a negative count, or
/// a count above the maximum page size is an error with its own code; neither means the default page size,
/// read forwards.
/// </summary>
internal sealed record PagingArguments(int Size, bool Backward, string? After, string? Before)
{
    public static PagingArguments From(IReadOnlyDictionary<string, object?> arguments, int defaultPageSize, int maxPageSize)
    {
        var first = Count(arguments, "first");
        var last = Count(arguments, "last");
        if (first is not null && last is not null)
        {
            throw DataErrors.Paging(
                "Give either \"first\" (to read forwards) or \"last\" (to read backwards), not both.",
                DataErrorCodes.InvalidPagingArguments);
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0)
            {
                throw DataErrors.Paging($"\"{name}\" must not be negative; it is {value}.", DataErrorCodes.InvalidPagingArguments);
            }

            if (value > maxPageSize)
            {
                throw DataErrors.Paging(
                    $"\"{name}\" asks for {value} items; a page holds at most {maxPageSize.ToString(CultureInfo.InvariantCulture)}. Page through with \"after\"/\"before\".",
                    DataErrorCodes.PageSizeExceeded,
                    new Dictionary<string, object?> { ["maxPageSize"] = maxPageSize });
            }
        }

        return new PagingArguments(
            first ?? last ?? defaultPageSize,
            Backward: last is not null,
            After: arguments.GetValueOrDefault("after") as string,
            Before: arguments.GetValueOrDefault("before") as string);
    }

    private static int? Count(IReadOnlyDictionary<string, object?> arguments, string name) =>
        arguments.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
}
