namespace MentorGraph.Api.Cli;

/// <summary>
/// Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> options for one command. Anything
/// else (an unknown option, a missing value, a stray word, an option given twice) is a usage error.
/// </summary>
public sealed class CliOptionParser
{
    private readonly HashSet<string> valueOptions;
    private readonly HashSet<string> flagOptions;

    public CliOptionParser(IEnumerable<string> valueOptions, IEnumerable<string>? flagOptions = null)
    {
        this.valueOptions = [.. valueOptions];
        this.flagOptions = [.. flagOptions ?? []];
    }

    /// <summary>Parses <paramref name="args"/>; on failure <paramref name="error"/> says why.</summary>
    public bool TryParse(IReadOnlyList<string> args, out ParsedOptions options, out string error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        options = new ParsedOptions(values, flags);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            if (values.ContainsKey(name) || flags.Contains(name))
            {
                error = $"option '{name}' is given more than once.";
                return false;
            }

            if (valueOptions.Contains(name))
            {
                string value;
                if (equals > 0)
                {
                    value = arg[(equals + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    error = $"option '{name}' needs a value.";
                    return false;
                }

                if (value.Length == 0)
                {
                    error = $"option '{name}' needs a non-empty value.";
                    return false;
                }

                values[name] = value;
            }
            else if (flagOptions.Contains(name) && equals < 0)
            {
                flags.Add(name);
            }
            else
            {
                error = arg.StartsWith('-') ? $"unknown option '{arg}'." : $"unexpected argument '{arg}'.";
                return false;
            }
        }

        error = "";
        return true;
    }
}

/// <summary>The options a command was given.</summary>
public sealed class ParsedOptions(IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags)
{
    public string? Value(string name) => values.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);
}
