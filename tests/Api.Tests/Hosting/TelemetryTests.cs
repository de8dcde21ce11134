using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary>OpenTelemetry is on only when an OTLP endpoint is configured.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TelemetryTests(FreshDatabaseFixture database) : IClassFixture<FreshDatabaseFixture>
{
    [Fact]
    public async Task Host_NoEndpoint_CollectsNothing()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString);

        Assert.Null(host.App.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Host_EndpointConfigured_TracesAreExported()
    {
        await using var host = await ApiTestHost.StartAsync(database.ConnectionString,
            new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" });

        Assert.NotNull(host.App.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("http://collector:4317", null, "http://collector:4317/")]
    [InlineData(null, "http://standard:4318", "http://standard:4318/")]
    [InlineData("http://ours:4317", "http://standard:4318", "http://ours:4317/")]
    [InlineData(null, null, null)]
    public void Endpoint_SettingThenStandardVariable(string? setting, string? standard, string? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [Telemetry.StandardEndpointVariable] = standard })
            .Build();

        Assert.Equal(expected, Telemetry.Endpoint(new TelemetrySettings { OtlpEndpoint = setting }, configuration)?.ToString());
    }
}
