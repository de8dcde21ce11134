using MentorGraph.Api.Configuration;
using MentorGraph.GraphQL.Execution;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is configured
/// (<see cref="TelemetrySettings.OtlpEndpoint"/> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>): ASP.NET
/// Core requests, Npgsql commands, one span per GraphQL operation named after it (the engine's
/// <see cref="GraphQLTelemetry.SourceName"/>), and runtime metrics. Without an endpoint nothing is collected.
/// </summary>
public static class Telemetry
{
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The endpoint to export to, or null when telemetry is off.</summary>
    public static Uri? Endpoint(TelemetrySettings settings, IConfiguration configuration)
    {
        var endpoint = !string.IsNullOrWhiteSpace(settings.OtlpEndpoint) ? settings.OtlpEndpoint : configuration[StandardEndpointVariable];
        return string.IsNullOrWhiteSpace(endpoint) ? null : new Uri(endpoint);
    }

    public static IServiceCollection AddApiTelemetry(this IServiceCollection services, TelemetrySettings settings, IConfiguration configuration)
    {
        if (Endpoint(settings, configuration) is not { } endpoint)
        {
            return services;
        }

        var protocol = settings.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // Over HTTP the exporter posts to the endpoint as given, so each signal's path is added here.
        Action<OtlpExporterOptions> Exporter(string signalPath) => otlp =>
        {
            otlp.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, signalPath) : endpoint;
            otlp.Protocol = protocol;
        };

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddNpgsql()
                .AddSource(GraphQLTelemetry.SourceName)
                .AddOtlpExporter(Exporter("v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql")
                .AddOtlpExporter(Exporter("v1/metrics")));
        return services;
    }
}
