using System.Text.Json;
using MentorGraph.Api.Auth;
using MentorGraph.GraphQL;
using MentorGraph.Persistence.TrustedDocuments;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using GraphQLSchema = MentorGraph.GraphQL.Types.Schema;

namespace MentorGraph.Api.TrustedDocuments;

/// <summary>
/// <c>POST /graphql/documents</c>, for ADMIN: registers trusted documents, as <c>mentorgraph persist</c> does from a
/// build. Body: <c>{"documents": ["query A { … } fragment F on … { … }", …]}</c> — each text exactly as the client will
/// send it (its id is the SHA-256 of that text). Every document is checked first (valid against the served schema
/// with the server's limits, one operation each); one bad document refuses them all (400, its index), so a build
/// registers all its documents or none. Answer: <c>{"documents": {"&lt;id&gt;": "OperationName", …}, "registered": n}</c>
/// (the manifest; n counts the new ones). Refusals: <c>{"error":{"code","message","index"?}}</c>, 401 without a valid
/// token, 403 for anyone but ADMIN.
/// </summary>
public static class TrustedDocumentEndpoints
{
    public const string Path = "/graphql/documents";

    /// <summary>Most documents one request may register.</summary>
    public const int MaxDocuments = 5_000;

    public static void MapTrustedDocuments(this IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var authentication = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded || authentication.Principal is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "Registering documents needs an ADMIN's bearer token.");
            return;
        }

        if (!authentication.Principal.IsInRole(Roles.Admin))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "FORBIDDEN", "Only ADMIN may register trusted documents.");
            return;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<GraphQLOptions>();
        var (texts, problem) = await ReadAsync(context, options);
        if (texts is null)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "BAD_REQUEST", problem!);
            return;
        }

        var schema = services.GetRequiredService<GraphQLSchema>();
        var documents = new List<PersistedDocument>();
        for (var i = 0; i < texts.Count; i++)
        {
            var (document, invalid) = DocumentRegistration.Check(schema, texts[i], options);
            if (document is null)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "INVALID_DOCUMENT", $"Document {i}: {invalid}", i);
                return;
            }

            documents.Add(document);
        }

        var settings = services.GetRequiredService<AuthSettings>();
        var registrant = authentication.Principal.FindFirst(settings.EmailClaim)?.Value ?? authentication.Principal.Identity?.Name ?? "admin";
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var registered = await services.GetRequiredService<PersistedDocumentTable>()
            .RegisterAsync(documents, registrant, time.GetUtcNow(), context.RequestAborted);

        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("documents");
        foreach (var document in documents.DistinctBy(d => d.Id))
        {
            json.WriteString(document.Id, document.OperationName);
        }

        json.WriteEndObject();
        json.WriteNumber("registered", registered);
        json.WriteEndObject();
    }

    /// <summary>The texts of the body, or why it cannot be read.</summary>
    private static async Task<(List<string>? Texts, string? Problem)> ReadAsync(HttpContext context, GraphQLOptions options)
    {
        if (context.Request.HasJsonContentType() is false)
        {
            return (null, "Send the documents as JSON: Content-Type application/json, {\"documents\": [\"…\"]}.");
        }

        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(context.Request.Body, new JsonDocumentOptions { MaxDepth = 8 }, context.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message}");
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("documents", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                return (null, "The body must be {\"documents\": [\"…\"]}: an array of document texts.");
            }

            if (list.GetArrayLength() is 0 or > MaxDocuments)
            {
                return (null, $"Send from 1 to {MaxDocuments} documents at once.");
            }

            var texts = new List<string>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } text || text.Length > options.MaxDocumentLength)
                {
                    return (null, $"Document {texts.Count} must be a non-empty string of at most {options.MaxDocumentLength} characters (GraphQL:MaxDocumentLength).");
                }

                texts.Add(text);
            }

            return (texts, null);
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string code, string message, int? index = null)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        if (index is { } i)
        {
            json.WriteNumber("index", i);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
