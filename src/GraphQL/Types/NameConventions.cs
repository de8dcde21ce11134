using System.Text;

namespace MentorGraph.GraphQL.Types;

/// <summary>How GraphQL names map to C# names: <c>firstName</c> ↔ <c>FirstName</c>, <c>IN_PROGRESS</c> ↔ <c>InProgress</c>.</summary>
public static class NameConventions
{
    /// <summary><c>firstName</c> → <c>FirstName</c> (the first letter upper-cased).</summary>
    public static string ToPascalCase(string camelCase) =>
        camelCase.Length == 0 ? camelCase : char.ToUpperInvariant(camelCase[0]) + camelCase[1..];

    /// <summary><c>IN_PROGRESS</c> → <c>InProgress</c>, <c>HTTP2_ONLY</c> → <c>Http2Only</c>.</summary>
    public static string UpperSnakeToPascalCase(string upperSnake)
    {
        var builder = new StringBuilder(upperSnake.Length);
        foreach (var part in upperSnake.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part[1..].ToLowerInvariant());
        }

        return builder.ToString();
    }

    /// <summary><c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPServer</c> → <c>HTTP_SERVER</c>, <c>Http2Only</c> → <c>HTTP2_ONLY</c>.</summary>
    public static string PascalCaseToUpperSnake(string pascalCase)
    {
        var builder = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (i > 0 && char.IsUpper(c))
            {
                var previous = pascalCase[i - 1];
                var nextIsLower = i + 1 < pascalCase.Length && char.IsLower(pascalCase[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A directive location as SDL writes it: <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSdlName(this DirectiveLocation location) => PascalCaseToUpperSnake(location.ToString());

    /// <summary>The location an SDL name such as <c>FIELD_DEFINITION</c> stands for.</summary>
    public static bool TryParseDirectiveLocation(string sdlName, out DirectiveLocation location)
    {
        foreach (var candidate in Enum.GetValues<DirectiveLocation>())
        {
            if (candidate.ToSdlName() == sdlName)
            {
                location = candidate;
                return true;
            }
        }

        location = default;
        return false;
    }
}
