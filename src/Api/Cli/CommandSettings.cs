using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Cli;

/// <summary>The program's configuration for a command that starts no web host, with the command's own options on top.</summary>
public static class CommandSettings
{
    public static IConfigurationRoot Build(CliContext context, IReadOnlyDictionary<string, string?>? overrides = null) =>
        AppConfiguration.Build(
            AppEnvironment.Resolve(context.GetEnvironmentVariable),
            overrides,
            context.SettingsDirectory,
            context.EnvironmentVariables);
}
