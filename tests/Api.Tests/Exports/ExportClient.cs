using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CsvHelper;
using MentorGraph.Api.Tests.Hosting;
using MentorGraph.Api.Tests.Insights;

namespace MentorGraph.Api.Tests.Exports;

/// <summary>An export's answer: status, media type, body.</summary>
public sealed record ExportResponse(int Status, string? ContentType, byte[] Body)
{
    public JsonObject ErrorBody() => JsonNode.Parse(Body)!.AsObject()["error"]!.AsObject();

    /// <summary>The CSV body read by CsvHelper's reader: a row is the header names to the field texts.</summary>
    public List<Dictionary<string, string>> CsvRows()
    {
        using var reader = CsvReader.Create(Body);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => reader.GetString(x.i)));
        }

        return rows;
    }

    /// <summary>The JSON Lines body: one object per line.</summary>
    public List<JsonObject> JsonLines() =>
        [.. System.Text.Encoding.UTF8.GetString(Body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];
}

public static class ExportClient
{
    public static Task<ExportResponse> GetAsync(this InsightsApiFixture api, string pathAndQuery, string? token) => api.Host.GetAsync(pathAndQuery, token);

    public static async Task<ExportResponse> GetAsync(this ApiTestHost host, string pathAndQuery, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await host.Client.SendAsync(request);
        return new ExportResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }
}
