using Microsoft.Net.Http.Headers;

namespace MentorGraph.GraphQL.AspNetCore;

/// <summary>The media types of GraphQL over HTTP, and the choice of response type from an Accept header.</summary>
public static class MediaTypes
{
    /// <summary>The GraphQL response media type: its status codes tell request errors from field errors.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>Plain JSON, for older clients: every well-formed request gets 200.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type for an Accept header, honouring q-values; ties go to
    /// application/graphql-response+json. No Accept header means application/json (the spec's
    /// legacy rule); null means nothing acceptable can be produced (406).
    /// </summary>
    public static string? Negotiate(string? acceptHeader)
    {
        if (string.IsNullOrWhiteSpace(acceptHeader))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([acceptHeader], out var accepted))
        {
            return null;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var offered = Offered(candidate);
            if (offered is null || quality < bestQuality || (quality == bestQuality && best == GraphQLResponse))
            {
                continue;
            }

            best = offered;
            bestQuality = quality;
        }

        return best;
    }

    private static string? Offered(MediaTypeHeaderValue candidate)
    {
        var mediaType = candidate.MediaType.Value ?? string.Empty;
        if (candidate.Charset.HasValue && !candidate.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return Json;
        }

        return null;
    }
}
