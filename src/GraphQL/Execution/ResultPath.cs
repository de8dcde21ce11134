namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Response paths (names and list indices) built from the result tree on demand: only an error or a
/// resolver that reads <see cref="IResolveFieldContext.Path"/> needs one, so no field pays for it otherwise.
/// </summary>
internal static class ResultPath
{
    /// <summary>The path of <paramref name="slot"/> in <paramref name="node"/>.</summary>
    public static IReadOnlyList<object> Of(ResultNode node, int slot)
    {
        var depth = 1;
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            depth++;
        }

        var keys = new object[depth];
        keys[--depth] = node.KeyOf(slot);
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            keys[--depth] = n.Parent.KeyOf(n.SlotInParent);
        }

        return keys;
    }
}
