using System.Globalization;

namespace MentorGraph.Api.Cli.Classifier;

/// <summary>A usage error: bad or unknown option. The command prints the message and exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// Parses <c>[positional...] [--name value | --flag]...</c>. Every option must be declared; values
/// are converted with the invariant culture, and a bad value is a <see cref="UsageException"/>.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public CommandArguments(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                _positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (flags.Contains(name))
            {
                _options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"Option --{name} needs a value.");
                }

                _options[name] = args[++i];
            }
            else
            {
                throw new UsageException($"Unknown option --{name}.");
            }
        }
    }

    public IReadOnlyList<string> Positional => _positional;

    public bool Has(string name) => _options.ContainsKey(name);

    public string? String(string name) => _options.GetValueOrDefault(name);

    public int? Int(string name, int min, int max)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{name} must be a whole number from {min} to {max}.");
        }

        return value;
    }

    public double? Double(string name, double min, double max)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max ||
            double.IsNaN(value))
        {
            throw new UsageException($"--{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public ulong? UInt64(string name)
    {
        if (!_options.TryGetValue(name, out var text))
        {
            return null;
        }

        return ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} must be a non-negative whole number.");
    }
}
