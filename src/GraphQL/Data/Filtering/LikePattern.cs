namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// For <see cref="IStringMatching"/> strategies that build LIKE/ILIKE patterns (the default strategy needs
/// none: its provider escapes <c>Contains</c> itself): the client's text with <c>\</c>, <c>%</c> and <c>_</c>
/// escaped by <c>\</c>, so it matches only itself — PostgreSQL's default LIKE escape character.
/// </summary>
public static class LikePattern
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>A pattern matching texts that contain <paramref name="text"/>: <c>%text%</c>, escaped.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";

    /// <summary>A pattern matching texts that start with <paramref name="text"/>: <c>text%</c>, escaped.</summary>
    public static string StartingWith(string text) => Escape(text) + "%";

    /// <summary>A pattern matching texts that end with <paramref name="text"/>: <c>%text</c>, escaped.</summary>
    public static string EndingWith(string text) => "%" + Escape(text);
}
