using MentorGraph.Api.Configuration;
using Microsoft.Extensions.Configuration;

namespace MentorGraph.Api.Tests.Configuration;

/// <summary>Every bad setting is refused with a message that names its key.</summary>
public class SettingsValidationTests
{
    [Theory]
    [InlineData("Server:Urls", "localhost:5080", "Server:Urls: 'localhost:5080' is not an http:// or https:// address")]
    [InlineData("Server:Urls", " ; ", "Server:Urls: give at least one address")]
    [InlineData("Server:ShutdownTimeoutSeconds", "-1", "Server:ShutdownTimeoutSeconds: must be from 0 to 3600 seconds (it is -1)")]
    [InlineData("Server:RequestTimeoutSeconds", "9999", "Server:RequestTimeoutSeconds: must be from 0 (no limit) to 3600 seconds")]
    [InlineData("Server:HealthCheckTimeoutSeconds", "0", "Server:HealthCheckTimeoutSeconds: must be from 1 to 60 seconds")]
    [InlineData("Server:ShutdownTimeoutSeconds", "soon", "Server:ShutdownTimeoutSeconds: must be a whole number, not 'soon'")]
    [InlineData("Server:Port", "80", "Server:Port: no such setting; the section 'Server' has Urls")]
    public void Server_BadValue_NamesTheKey(string key, string value, string expected) =>
        AssertRefused<ServerSettings>(key, value, expected);

    [Theory]
    [InlineData("Database:ConnectionString", "Hots=x", "Database:ConnectionString: is not a valid Npgsql connection string")]
    [InlineData("Database:ReadOnlyConnectionString", "Hots=x", "Database:ReadOnlyConnectionString: is not a valid Npgsql connection string")]
    [InlineData("Database:MigrateOnStart", "maybe", "Database:MigrateOnStart: must be true or false, not 'maybe'")]
    [InlineData("Database:MaxAutoPrepare", "-1", "Database:MaxAutoPrepare: must be from 0 to 10000 (it is -1)")]
    public void Database_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<DatabaseSettings>(key, value, expected);

    [Theory]
    [InlineData("Cors:AllowedOrigins:0", "*", "Cors:AllowedOrigins:0: '*' is not an origin")]
    [InlineData("Cors:AllowedOrigins:0", "https://app.example.com/", "Cors:AllowedOrigins:0: 'https://app.example.com/' is not an origin")]
    [InlineData("Cors:AllowedOrigins:0", "https://app.example.com/path", "is not an origin")]
    [InlineData("Cors:PreflightMaxAgeSeconds", "-5", "Cors:PreflightMaxAgeSeconds: must be from 0 to 86400 seconds")]
    public void Cors_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<CorsSettings>(key, value, expected);

    [Theory]
    [InlineData("RateLimiting:RequestsPerSecond", "0", "RateLimiting:RequestsPerSecond: must be from 1 to 1000000")]
    [InlineData("RateLimiting:Burst", "10", "RateLimiting:Burst: must be at least RequestsPerSecond (50)")]
    public void RateLimiting_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<RateLimitSettings>(key, value, expected);

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "collector:4317", "Telemetry:OtlpEndpoint: 'collector:4317' is not an http:// or https:// address")]
    [InlineData("Telemetry:OtlpProtocol", "udp", "Telemetry:OtlpProtocol: must be grpc or http/protobuf, not 'udp'")]
    [InlineData("Telemetry:ServiceName", " ", "Telemetry:ServiceName: must not be empty")]
    public void Telemetry_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<TelemetrySettings>(key, value, expected);

    [Theory]
    [InlineData("Pairings:RespondWithinDays", "0", "Pairings:RespondWithinDays: must be from 1 to 365 days (it is 0)")]
    [InlineData("Pairings:AtRiskAfterPeriods", "0", "Pairings:AtRiskAfterPeriods: must be from 1 to 52 cadence periods (it is 0)")]
    [InlineData("Pairings:AtRiskAfterPeriods", "three", "Pairings:AtRiskAfterPeriods: must be a whole number, not 'three'")]
    [InlineData("Pairings:HousekeepingBatchSize", "0", "Pairings:HousekeepingBatchSize: must be from 1 to 100000 pairings (it is 0)")]
    public void Pairings_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<PairingsSettings>(key, value, expected);

    [Theory]
    [InlineData("Insights:TimeZone", "Mars/Olympus", "Insights:TimeZone: must be an IANA time zone such as UTC or Europe/Berlin (it is 'Mars/Olympus')")]
    [InlineData("Insights:MinimumGroupSize", "2", "Insights:MinimumGroupSize: must be from 3 to 1000 (it is 2)")]
    [InlineData("Insights:TrendMinimumCount", "0", "Insights:TrendMinimumCount: must be from 1 to 1000000 notes (it is 0)")]
    [InlineData("Insights:TrendAlpha", "1", "Insights:TrendAlpha: must be above 0 and below 1 (it is 1)")]
    [InlineData("Insights:TrendMinimumRateRatio", "0.5", "Insights:TrendMinimumRateRatio: must be from 1 to 100 (it is 0.5)")]
    public void Insights_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<InsightsSettings>(key, value, expected);

    [Fact]
    public void Insights_Defaults_UtcKFiveAndTheTrendRules()
    {
        var settings = SettingsBinder.Read<InsightsSettings>(Configuration([]));

        Assert.Equal(("UTC", 5, 20, 0.05, 1.5), (settings.TimeZone, settings.MinimumGroupSize, settings.TrendMinimumCount, settings.TrendAlpha, settings.TrendMinimumRateRatio));
    }

    [Theory]
    [InlineData("Teachers:MinimumLessons", "0", "Teachers:MinimumLessons: must be from 1 to 1000 lessons (it is 0)")]
    [InlineData("Teachers:MaxFirst", "1001", "Teachers:MaxFirst: must be from 1 to 1000 people (it is 1001)")]
    public void Teachers_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<TeachersSettings>(key, value, expected);

    [Theory]
    [InlineData("Suggestions:ShortlistSize", "0", "Suggestions:ShortlistSize: must be from 1 to 10000 candidates (it is 0)")]
    [InlineData("Suggestions:MaxFirst", "300", "Suggestions:MaxFirst: must not exceed Suggestions:ShortlistSize (200); it is 300")]
    public void Suggestions_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<SuggestionsSettings>(key, value, expected);

    [Fact]
    public void TeachersAndSuggestions_Defaults_ThreeLessonsAndAShortlistOf200()
    {
        var teachers = SettingsBinder.Read<TeachersSettings>(Configuration([]));
        var suggestions = SettingsBinder.Read<SuggestionsSettings>(Configuration([]));

        Assert.Equal((3, 100, 200, 50), (teachers.MinimumLessons, teachers.MaxFirst, suggestions.ShortlistSize, suggestions.MaxFirst));
    }

    [Fact]
    public void Pairings_Defaults_AreFourteenDaysAndThreePeriods()
    {
        var settings = SettingsBinder.Read<PairingsSettings>(Configuration([]));

        Assert.Equal((14, 3, 1000), (settings.RespondWithinDays, settings.AtRiskAfterPeriods, settings.HousekeepingBatchSize));
    }

    [Theory]
    [InlineData("Classifier:ActiveModelPollSeconds", "0", "Classifier:ActiveModelPollSeconds: must be from 1 to 3600 seconds")]
    [InlineData("Classifier:ActiveModelPollSeconds", "often", "Classifier:ActiveModelPollSeconds: must be a whole number, not 'often'")]
    public void Classifier_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<ClassifierSettings>(key, value, expected);

    [Theory]
    [InlineData("Jobs:QueuePollIntervalSeconds", "0", "Jobs:QueuePollIntervalSeconds: must be from 0.05 to 3600 seconds (it is 0)")]
    [InlineData("Jobs:InvisibilityTimeoutSeconds", "0.5", "Jobs:InvisibilityTimeoutSeconds: must be from 1 to 86400 seconds")]
    [InlineData("Jobs:SchedulePollingIntervalSeconds", "-1", "Jobs:SchedulePollingIntervalSeconds: must be from 0.1 to 3600 seconds")]
    [InlineData("Jobs:EnableLongPolling", "sometimes", "Jobs:EnableLongPolling: must be true or false, not 'sometimes'")]
    [InlineData("Jobs:SchemaName", "Hang-Fire", "Jobs:SchemaName: must be a lowercase PostgreSQL name")]
    [InlineData("Jobs:SchemaName", "public", "Jobs:SchemaName: must be a schema of Hangfire's own")]
    [InlineData("Jobs:WorkerCount", "-2", "Jobs:WorkerCount: must be from 0 (one per processor) to 256")]
    [InlineData("Jobs:SweepCron", "every minute", "Jobs:SweepCron: is not a cron expression")]
    [InlineData("Jobs:BatchSize", "0", "Jobs:BatchSize: must be from 1 to 10000 notes")]
    [InlineData("Jobs:ServerTimeoutSeconds", "40", "Jobs:ServerTimeoutSeconds: must be at least twice HeartbeatIntervalSeconds")]
    [InlineData("Jobs:AllowDegradedModeWithoutStorage", "true", "Jobs:AllowDegradedModeWithoutStorage: no such setting")]
    public void Jobs_BadValue_NamesTheKey(string key, string value, string expected) => AssertRefused<JobsSettings>(key, value, expected);

    [Theory]
    [InlineData("* * * * *")]
    [InlineData("*/2 * * * * *")]
    [InlineData("0,30 8-18 * * 1-5")]
    public void Jobs_SweepCron_FiveOrSixFields_IsAccepted(string cron) =>
        Assert.Equal(cron, SettingsBinder.Read<JobsSettings>(Configuration(new() { ["Jobs:SweepCron"] = cron })).SweepCron);

    [Fact]
    public void LogFormat_Unknown_NamesTheKey()
    {
        var error = Assert.Throws<SettingsException>(() => LoggingSettings.Format(Configuration(new() { ["Logging:Format"] = "xml" })));

        Assert.StartsWith("Logging:Format: must be json or text, not 'xml'", error.Message);
    }

    [Fact]
    public void CheckAll_SeveralSectionsBad_ListsEveryProblem()
    {
        var error = Assert.Throws<SettingsException>(() => SettingsRegistration.CheckAll(Configuration(new()
        {
            ["Server:Urls"] = "nope",
            ["Cors:AllowedOrigins:0"] = "*",
            ["GraphQL:MaxTokens"] = "0",
            ["Logging:Format"] = "xml",
        })));

        Assert.Contains("Server:Urls", error.Message);
        Assert.Contains("Cors:AllowedOrigins:0", error.Message);
        Assert.Contains("GraphQL:MaxTokens", error.Message);
        Assert.Contains("Logging:Format", error.Message);
    }

    [Theory]
    [InlineData("http://localhost:5173", true)]
    [InlineData("http://127.0.0.1:3000", true)]
    [InlineData("http://localhost", true)]
    [InlineData("https://localhost:5173", false)]
    [InlineData("http://localhost:5173/app", false)]
    [InlineData("http://mylocalhost:5173", false)]
    [InlineData("null", false)]
    public void Cors_AllowLocalhost_OnlyPlainHttpLocalhostOrigins(string origin, bool allowed)
    {
        Assert.Equal(allowed, new CorsSettings { AllowLocalhost = true }.Allows(origin));
        Assert.False(new CorsSettings().Allows(origin));
    }

    [Fact]
    public void Defaults_AreValid()
    {
        var empty = Configuration([]);

        SettingsRegistration.CheckAll(empty);
        Assert.Equal(ServerSettings.DefaultUrls, SettingsBinder.Read<ServerSettings>(empty).Urls);
    }

    private static void AssertRefused<T>(string key, string value, string expected)
        where T : class, ISettingsSection, new()
    {
        var error = Assert.Throws<SettingsException>(() => SettingsBinder.Read<T>(Configuration(new() { [key] = value })));

        Assert.Contains(expected, error.Message);
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
