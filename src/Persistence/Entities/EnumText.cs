using System.Text;

namespace MentorGraph.Persistence.Entities;

/// <summary>
/// The text a domain enum is stored as, and the GraphQL enum value it is served as: its C# name in
/// UPPER_SNAKE case (<c>Executive</c> → <c>EXECUTIVE</c>, <c>SocialMedia</c> → <c>SOCIAL_MEDIA</c>). Derived
/// from the names, so a new member needs no second list; the SQL CHECKs list the same texts, and the
/// schema test fails when they differ.
/// </summary>
public static class EnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<TEnum, string> Texts =
        Enum.GetValues<TEnum>().ToDictionary(value => value, value => UpperSnake(value.ToString()));

    private static readonly Dictionary<string, TEnum> Values = Texts.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every value's text, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<TEnum>().Select(value => Texts[value])];

    public static string ToText(TEnum value) =>
        Texts.TryGetValue(value, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TEnum).Name}.");

    /// <summary>The value stored as <paramref name="text"/>; throws for any other text (the database's CHECKs prevent it).</summary>
    public static TEnum Parse(string text) =>
        Values.TryGetValue(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    public static bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && Values.TryGetValue(text, out value);
    }

    private static string UpperSnake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
