using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace MentorGraph.Api.Cli;

/// <summary>
/// Options and arguments with the checks every command shares, each failing with one sentence that names
/// the option and what it accepts (<c>--evidence must be a whole number from 0 to 50, not 'x'.</c>).
/// </summary>
public static class CliOptions
{
    /// <summary>A text option that may not be empty.</summary>
    public static Option<string?> Text(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (text.Length == 0)
            {
                result.AddError($"{name} needs a non-empty value.");
            }

            return text;
        },
    };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when not given.</summary>
    public static Option<int?> Int(string name, int min, int max, string description, string helpName = "N") =>
        Parsed<int>(name, description, helpName,
            text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null,
            $"a whole number from {min} to {max}");

    /// <summary>A non-negative whole number up to <see cref="ulong.MaxValue"/>; null when not given.</summary>
    public static Option<ulong?> UInt64(string name, string description) =>
        Parsed<ulong>(name, description, "N",
            text => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null,
            "a non-negative whole number");

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>; null when not given.</summary>
    public static Option<double?> Number(string name, double min, double max, string description, string helpName = "X") =>
        Parsed<double>(name, description, helpName,
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null,
            string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));

    /// <summary>An option whose one value <paramref name="parse"/> reads (null: refused with "NAME must be WHAT, not 'TEXT'.").</summary>
    private static Option<T?> Parsed<T>(string name, string description, string helpName, Func<string, T?> parse, string what)
        where T : struct => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (parse(text) is { } value)
            {
                return value;
            }

            result.AddError($"{name} must be {what}, not '{text}'.");
            return null;
        },
    };

    /// <summary>One of <paramref name="choices"/> (as written); null when not given.</summary>
    public static Option<string?> Choice(string name, string description, params string[] choices) => new(name)
    {
        Description = description,
        HelpName = string.Join('|', choices),
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (choices.Contains(text, StringComparer.Ordinal))
            {
                return text;
            }

            result.AddError($"{name} must be {Alternatives(choices)}, not '{text}'.");
            return null;
        },
    };

    /// <summary>A switch that takes no value.</summary>
    public static Option<bool> Flag(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.Zero,
    };

    /// <summary>
    /// Positional arguments (files). A token that looks like an option is refused as an unknown option
    /// rather than taken as a file name; <c>-</c> (standard input) is allowed.
    /// </summary>
    public static Argument<string[]> Files(string name, string description, ArgumentArity arity)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = arity };
        argument.Validators.Add(RefuseOptionLikeTokens);
        return argument;
    }

    /// <summary>One positional file argument (<paramref name="required"/> or optional), refusing option-like tokens as <see cref="Files"/> does.</summary>
    public static Argument<string?> File(string name, string description, bool required)
    {
        var argument = new Argument<string?>(name) { Description = description, Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne };
        argument.Validators.Add(RefuseOptionLikeTokens);
        return argument;
    }

    /// <summary>See <see cref="Files"/>.</summary>
    public static void RefuseOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
                return;
            }
        }
    }

    /// <summary>"a, b or c".</summary>
    public static string Alternatives(IReadOnlyList<string> choices) =>
        choices.Count == 1 ? choices[0] : string.Join(", ", choices.Take(choices.Count - 1)) + " or " + choices[^1];
}
