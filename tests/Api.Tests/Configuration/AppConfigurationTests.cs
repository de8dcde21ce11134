using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Tests.Configuration;

/// <summary>The sources of the one configuration, their order, and the MENTORGRAPH_* aliases.</summary>
public sealed class AppConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mg-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Build_SettingsFileThenEnvironmentFileThenAliasThenVariableThenCommandLine_LaterWins()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{"Server":{"Urls":"http://file:1","ShutdownTimeoutSeconds":1,"RequestTimeoutSeconds":1,"HealthCheckTimeoutSeconds":1}}""");
        File.WriteAllText(Path.Combine(_folder, "appsettings.Staging.json"), """{"Server":{"ShutdownTimeoutSeconds":2,"RequestTimeoutSeconds":2,"HealthCheckTimeoutSeconds":2}}""");
        var environment = new Dictionary<string, string>
        {
            ["MENTORGRAPH_SHUTDOWN_TIMEOUT"] = "3",
            ["Server__RequestTimeoutSeconds"] = "4",
            ["Server__HealthCheckTimeoutSeconds"] = "4",
        };
        var commandLine = new Dictionary<string, string?> { ["Server:HealthCheckTimeoutSeconds"] = "5" };

        var configuration = AppConfiguration.Build("Staging", commandLine, _folder, environment);
        var server = SettingsBinder.Read<ServerSettings>(configuration);

        Assert.Equal("http://file:1", server.Urls);
        Assert.Equal(3, server.ShutdownTimeoutSeconds);
        Assert.Equal(4, server.RequestTimeoutSeconds);
        Assert.Equal(5, server.HealthCheckTimeoutSeconds);
    }

    [Fact]
    public void Build_AliasAndItsSettingBothSet_TheSettingWins()
    {
        var environment = new Dictionary<string, string>
        {
            ["MENTORGRAPH_URLS"] = "http://alias:1",
            ["Server__Urls"] = "http://setting:2",
        };

        var configuration = AppConfiguration.Build("Production", null, _folder, environment);

        Assert.Equal("http://setting:2", configuration["Server:Urls"]);
    }

    [Theory]
    [InlineData("MENTORGRAPH_DB", "Database:ConnectionString", "Host=db")]
    [InlineData("MENTORGRAPH_URLS", "Server:Urls", "http://0.0.0.0:8080")]
    [InlineData("MENTORGRAPH_LOG_FORMAT", "Logging:Format", "text")]
    [InlineData("MENTORGRAPH_CACHE_DIR", "Classifier:CacheDirectory", "/var/cache/mg")]
    [InlineData("MENTORGRAPH_MIGRATE_ON_START", "Database:MigrateOnStart", "false")]
    [InlineData("MENTORGRAPH_SHUTDOWN_TIMEOUT", "Server:ShutdownTimeoutSeconds", "25")]
    public void Build_LegacyVariable_SetsItsSetting(string variable, string key, string value)
    {
        var configuration = AppConfiguration.Build("Production", null, _folder, new Dictionary<string, string> { [variable] = value });

        Assert.Equal(value, configuration[key]);
        Assert.Equal($"the environment variable {variable}", SettingSources.Describe(configuration, key));
    }

    [Fact]
    public void Build_BlankLegacyVariable_IsIgnored()
    {
        var configuration = AppConfiguration.Build("Production", null, _folder, new Dictionary<string, string> { ["MENTORGRAPH_DB"] = "  " });

        Assert.Null(configuration["Database:ConnectionString"]);
    }

    [Fact]
    public void Describe_NamesEachKindOfSource()
    {
        File.WriteAllText(Path.Combine(_folder, "appsettings.json"), """{"Cors":{"AllowLocalhost":true}}""");
        var configuration = AppConfiguration.Build("Production",
            new Dictionary<string, string?> { ["Server:Urls"] = "http://x:1" }, _folder,
            new Dictionary<string, string> { ["Telemetry__ServiceName"] = "mg" });

        Assert.Equal("the command line", SettingSources.Describe(configuration, "Server:Urls"));
        Assert.Equal("the environment variable Telemetry__ServiceName", SettingSources.Describe(configuration, "Telemetry:ServiceName"));
        Assert.Equal("appsettings.json", SettingSources.Describe(configuration, "Cors:AllowLocalhost"));
        Assert.Null(SettingSources.Describe(configuration, "Cors:AllowedOrigins"));
    }

    [Theory]
    [InlineData(null, null, "Production")]
    [InlineData("Development", null, "Development")]
    [InlineData(null, "Staging", "Staging")]
    [InlineData("Development", "Staging", "Development")]
    public void Environment_AspNetCoreThenDotNetThenProduction(string? aspnetcore, string? dotnet, string expected)
    {
        var variables = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = aspnetcore, ["DOTNET_ENVIRONMENT"] = dotnet };

        Assert.Equal(expected, AppEnvironment.Resolve(name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void ShippedSettingsFiles_AreValidAndDevelopmentIsReadable()
    {
        var production = AppConfiguration.Build("Production", null, AppContext.BaseDirectory, new Dictionary<string, string>());
        var development = AppConfiguration.Build("Development", null, AppContext.BaseDirectory, new Dictionary<string, string>());

        SettingsRegistration.CheckAll(production);
        SettingsRegistration.CheckAll(development);
        Assert.Equal(LogFormat.Json, LoggingSettings.Format(production));
        Assert.Equal(LogFormat.Text, LoggingSettings.Format(development));
        Assert.False(SettingsBinder.Read<CorsSettings>(production).AllowLocalhost);
        Assert.True(SettingsBinder.Read<CorsSettings>(development).AllowLocalhost);
    }
}
