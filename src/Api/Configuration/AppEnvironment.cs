namespace MentorGraph.Api.Configuration;

/// <summary>
/// The environment the program runs in, chosen the ASP.NET Core way: <c>ASPNETCORE_ENVIRONMENT</c>, else
/// <c>DOTNET_ENVIRONMENT</c>, else <c>Production</c>. It picks <c>appsettings.{Environment}.json</c>;
/// <c>scripts/run</c> sets <c>Development</c> (readable logs, CORS for local front-end dev servers).
/// </summary>
public static class AppEnvironment
{
    public const string Development = "Development";
    public const string Production = "Production";

    /// <summary>The environment name from <paramref name="getVariable"/> (the process environment by default).</summary>
    public static string Resolve(Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            var value = getVariable(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return Production;
    }
}
