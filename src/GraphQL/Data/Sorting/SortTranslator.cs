using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Sorting;

/// <summary>
/// Turns a coerced <c>order: [XSortInput!]</c> into order keys: each element names one field (nested through
/// related objects: <c>{ department: { name: ASC } }</c>) with <c>ASC</c> or <c>DESC</c>; elements apply in list
/// order. An element naming several fields is refused rather than guessed at, since an input object's
/// fields have no order a client can rely on. A related object the request may not see (its
/// <see cref="NavigationGuards"/>) sorts as a missing one.
/// </summary>
internal static class SortTranslator
{
    public static List<OrderKey> Translate(EntityShape shape, IEnumerable<object?> order, NavigationGuards guards)
    {
        var keys = new List<OrderKey>();
        foreach (var element in order.OfType<IReadOnlyDictionary<string, object?>>())
        {
            var path = new List<DataField>();
            var (current, direction) = (shape, (object?)element);
            while (direction is IReadOnlyDictionary<string, object?> level)
            {
                var given = level.Where(pair => pair.Value is not null).ToList();
                if (given.Count != 1)
                {
                    throw DataErrors.BadInput(
                        $"Each element of \"order\" sorts by exactly one field ({current.SortInputName} got {given.Count}): write [{{ a: ASC }}, {{ b: DESC }}] to sort by several.");
                }

                var field = current.FindField(given[0].Key) is { IsSortable: true } found
                    ? found
                    : throw new InvalidOperationException($"{current.SortInputName} has no sortable field \"{given[0].Key}\": the schema and the shape differ.");
                path.Add(field);
                direction = given[0].Value;
                if (field.Kind == DataFieldKind.Object)
                {
                    current = field.Shape!;
                }
                else
                {
                    break;
                }
            }

            if (path.Count == 0 || path[^1].Kind == DataFieldKind.Object)
            {
                throw DataErrors.BadInput($"An element of \"order\" names no field to sort by ({shape.SortInputName}).");
            }

            keys.Add(SortSelectors.For(shape, path, IsDescending(direction), guards));
        }

        return keys;
    }

    /// <summary><c>SortEnumType</c>'s value: its name, or a C# enum bound to it.</summary>
    private static bool IsDescending(object? direction) => direction switch
    {
        string name => name == "DESC",
        Enum value => value.ToString().Equals("DESC", StringComparison.OrdinalIgnoreCase),
        _ => throw new InvalidOperationException($"A sort direction is {direction}, not ASC or DESC."),
    };
}
