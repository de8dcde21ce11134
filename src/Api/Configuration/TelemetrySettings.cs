namespace MentorGraph.Api.Configuration;

/// <summary>
/// OpenTelemetry traces and metrics (section <c>Telemetry</c>): exported over OTLP when an endpoint is set
/// here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable; otherwise nothing is collected.
/// </summary>
public sealed class TelemetrySettings : ISettingsSection
{
    public static string SectionName => "Telemetry";

    /// <summary>The collector, e.g. <c>http://localhost:4317</c> (gRPC) or <c>http://localhost:4318</c> (HTTP).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "mentorgraph";

    public IEnumerable<SettingProblem> Problems()
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && !(Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            yield return new(nameof(OtlpEndpoint), $"'{OtlpEndpoint}' is not an http:// or https:// address.");
        }

        if (OtlpProtocol is not ("grpc" or "http/protobuf"))
        {
            yield return new(nameof(OtlpProtocol), $"must be grpc or http/protobuf, not '{OtlpProtocol}'.");
        }

        if (string.IsNullOrWhiteSpace(ServiceName))
        {
            yield return new(nameof(ServiceName), "must not be empty.");
        }
    }
}
