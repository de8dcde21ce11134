using MentorGraph.Api.Cli;

namespace MentorGraph.Api.Tests.Cli;

/// <summary>
/// Runs the command line in-process with captured streams and an environment without the machine's
/// MentorGraph settings (so a developer's MENTORGRAPH_DB or ASPNETCORE_ENVIRONMENT cannot change a test).
/// </summary>
public static class CliRunner
{
    public static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunAsync("", null, args);

    public static async Task<(int Code, string Output, string Error)> RunAsync(
        string input, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(new StringReader(input), output, error) { EnvironmentVariables = environment ?? CleanEnvironment() };
        var code = await MentorGraphCli.RunAsync(args, context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The process's environment without settings: no MENTORGRAPH_* alias but the model cache, no Section__Key, no environment name.</summary>
    public static Dictionary<string, string> CleanEnvironment()
    {
        var clean = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Api.Configuration.AppConfiguration.ProcessEnvironment())
        {
            var isSetting = (name.StartsWith("MENTORGRAPH_", StringComparison.Ordinal) && name != "MENTORGRAPH_CACHE_DIR")
                || name.Contains("__", StringComparison.Ordinal)
                || name is "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT" or "OTEL_EXPORTER_OTLP_ENDPOINT";
            if (!isSetting)
            {
                clean[name] = value;
            }
        }

        return clean;
    }
}
