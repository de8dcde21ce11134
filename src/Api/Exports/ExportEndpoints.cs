using System.Text.Json;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Features;
using Npgsql;

namespace MentorGraph.Api.Exports;

/// <summary>
/// The exports for data teams: <c>GET /exports/topic-trends.csv|.jsonl</c> and <c>/exports/lessons.csv|.jsonl</c>, for
/// ANALYST and ADMIN. The bearer token is checked before anything else (401 without a valid one, 403 for anyone
/// else), then the parameters (400), and only then is the database asked; the rows are streamed to the response as
/// the query yields them. Refusals are JSON: <c>{"error":{"code":…,"message":…,"parameter":…}}</c>.
/// </summary>
public static class ExportEndpoints
{
    public const string PathPrefix = "/exports";

    private enum Format
    {
        Csv,
        JsonLines,
    }

    public static void MapExports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (name, kind) in new[] { ("topic-trends", ExportKind.TopicTrends), ("lessons", ExportKind.Lessons) })
        {
            endpoints.MapGet($"{PathPrefix}/{name}.csv", context => HandleAsync(context, kind, Format.Csv));
            endpoints.MapGet($"{PathPrefix}/{name}.jsonl", context => HandleAsync(context, kind, Format.JsonLines));
        }
    }

    private enum ExportKind
    {
        TopicTrends,
        Lessons,
    }

    private static async Task HandleAsync(HttpContext context, ExportKind kind, Format format)
    {
        var authentication = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!authentication.Succeeded || authentication.Principal is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var message = context.Request.Headers.Authorization.Count == 0
                ? "Exports need a bearer token: send 'Authorization: Bearer <token>'."
                : "The bearer token is invalid or expired, or not a bearer token; sign in again.";
            await RefuseAsync(context, StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", message, null);
            return;
        }

        if (!authentication.Principal.IsInRole(Roles.Analyst) && !authentication.Principal.IsInRole(Roles.Admin))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "FORBIDDEN", "Exports are for the ANALYST and ADMIN roles.", null);
            return;
        }

        var settings = context.RequestServices.GetRequiredService<InsightsSettings>();
        var time = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        ExportRequest request;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
            request = ExportRequest.Parse(context.Request.Query, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime));
        }
        catch (ExportParameterException e)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, e.Code, e.Message, e.Parameter);
            return;
        }

        var columns = kind == ExportKind.TopicTrends ? TopicTrendsExport.Columns : LessonsExport.Columns;
        var name = kind == ExportKind.TopicTrends ? "topic-trends" : "lessons";
        var response = context.Response;
        var body = new ClosableResponseStream(response.Body);
        await using IExportRowWriter writer = format == Format.Csv
            ? new CsvExportWriter(body, columns)
            : new JsonLinesExportWriter(body, columns);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = writer.ContentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{request.From:yyyy-MM-dd}-{request.To:yyyy-MM-dd}.{(format == Format.Csv ? "csv" : "jsonl")}\"";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // The read replica when one is configured (Database:ReadOnlyConnectionString), else the primary.
        var dataSource = context.RequestServices.GetRequiredService<Data.ReadDatabase>().DataSource;
        var cancellationToken = context.RequestAborted;
        try
        {
            if (kind == ExportKind.TopicTrends)
            {
                await TopicTrendsExport.WriteAsync(dataSource, request, settings.TimeZone, settings.MinimumGroupSize, writer, cancellationToken);
            }
            else
            {
                await LessonsExport.WriteAsync(dataSource, request, settings.TimeZone, settings.MinimumGroupSize, writer, cancellationToken);
            }

            await writer.FlushAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints));
            body.Close();
            if (response.HasStarted)
            {
                // The status line is gone: a short file must not look complete, so the transfer is cut off (the client
                // sees an incomplete chunked body) and the cause logged.
                logger.LogError(e, "The {Export} export failed after its first rows were sent; the response was aborted.", name);
                context.Abort();
                return;
            }

            logger.LogError(e, "The {Export} export failed before its first rows were sent.", name);
            response.Headers.ContentDisposition = default;
            await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, "EXPORT_FAILED", "The export could not be read from the database; try again later.", null);
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string code, string message, string? parameter)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        if (parameter is not null)
        {
            json.WriteString("parameter", parameter);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync();
    }
}
