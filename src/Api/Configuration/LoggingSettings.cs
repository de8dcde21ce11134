namespace MentorGraph.Api.Configuration;

/// <summary>How the console log is written (the key <c>Logging:Format</c>; the rest of <c>Logging</c> is ASP.NET Core's levels).</summary>
public enum LogFormat
{
    /// <summary>One JSON object per line with the message template's named values: for machines (the production default).</summary>
    Json,

    /// <summary>One readable line per entry: for a developer's terminal (the Development default).</summary>
    Text,
}

/// <summary>Reads <c>Logging:Format</c> (alias <c>MENTORGRAPH_LOG_FORMAT</c>): <c>json</c> or <c>text</c>.</summary>
public static class LoggingSettings
{
    public const string FormatKey = "Logging:Format";

    /// <exception cref="SettingsException">The value is neither json nor text.</exception>
    public static LogFormat Format(IConfiguration configuration)
    {
        var value = configuration[FormatKey];
        return value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => LogFormat.Json,
            "text" => LogFormat.Text,
            _ => throw new SettingsException(SettingsBinder.Describe(configuration, FormatKey, $"must be json or text, not '{value}'.")),
        };
    }
}
