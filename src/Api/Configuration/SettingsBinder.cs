using System.Text.RegularExpressions;

namespace MentorGraph.Api.Configuration;

/// <summary>
/// Reads a typed section: binds it (a key the class does not have is an error, not silently ignored),
/// then runs its checks. Every problem is reported at once, each naming its key and its source.
/// </summary>
public static class SettingsBinder
{
    /// <exception cref="SettingsException">A key is unknown, a value does not convert, or a check fails.</exception>
    public static T Read<T>(IConfiguration configuration)
        where T : class, ISettingsSection, new()
    {
        var settings = new T();
        BindInto(configuration, settings);
        return settings;
    }

    /// <summary>As <see cref="Read{T}"/>, into an instance someone else created (the options system).</summary>
    /// <exception cref="SettingsException">A key is unknown, a value does not convert, or a check fails.</exception>
    public static void BindInto<T>(IConfiguration configuration, T settings)
        where T : class, ISettingsSection
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        var section = configuration.GetSection(T.SectionName);
        try
        {
            section.Bind(settings, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            throw new SettingsException(BindingProblem(configuration, T.SectionName, typeof(T), e), e);
        }

        var problems = settings.Problems()
            .Select(problem => Describe(configuration, $"{T.SectionName}:{problem.Key}", problem.Message))
            .ToList();
        if (problems.Count > 0)
        {
            throw new SettingsException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary><c>Server:Urls: 'x' is not an http:// address (from the environment variable MENTORGRAPH_URLS).</c></summary>
    public static string Describe(IConfiguration configuration, string key, string message)
    {
        var source = SettingSources.Describe(configuration, key);
        return source is null ? $"{key}: {message}" : $"{key}: {message.TrimEnd('.')} (from {source}).";
    }

    /// <summary>
    /// The binder's two failures in our words: a key the section does not have (its message lists the
    /// names after "instance of TYPE:"), and a value that does not convert (its message names the key).
    /// </summary>
    private static string BindingProblem(IConfiguration configuration, string section, Type type, InvalidOperationException e)
    {
        var unknown = Regex.Match(e.Message, "were not found on the instance of [^:]+: (.+)$");
        if (unknown.Success)
        {
            var known = string.Join(", ", type.GetProperties().Where(p => p.CanWrite).Select(p => p.Name));
            return string.Join(Environment.NewLine, Regex.Matches(unknown.Groups[1].Value, "'([^']+)'")
                .Select(m => Describe(configuration, $"{section}:{m.Groups[1].Value}", $"no such setting; the section '{section}' has {known}.")));
        }

        var conversion = Regex.Match(e.Message, "value '(.*)' at '([^']+)' to type '([^']+)'");
        if (conversion.Success)
        {
            var expected = conversion.Groups[3].Value switch
            {
                "System.Int32" or "System.Int64" => "a whole number",
                "System.Boolean" => "true or false",
                "System.Double" => "a number",
                var other => $"a value of type {other}",
            };
            return Describe(configuration, conversion.Groups[2].Value, $"must be {expected}, not '{conversion.Groups[1].Value}'.");
        }

        return $"The settings section '{section}' is invalid: {e.Message}";
    }
}
