namespace MentorGraph.Api.Hosting;

/// <summary>
/// The page a browser gets at <c>GET /graphql</c>: a minimal, self-contained explorer (no scripts from
/// anywhere else) that posts operations to the endpoint and shows the JSON response. GraphiQL itself
/// comes with the dashboard.
/// </summary>
public static class ExplorerPage
{
    private const string ResourceName = "MentorGraph.Api.Hosting.explorer.html";

    /// <summary>The page's HTML.</summary>
    public static string Html { get; } = Read();

    /// <summary>
    /// Writes the page. Its content security policy allows only its own inline script and style and
    /// requests to this origin.
    /// </summary>
    public static async Task WriteAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers.Vary = "Accept";
        await context.Response.WriteAsync(Html, context.RequestAborted);
    }

    private static string Read()
    {
        using var stream = typeof(ExplorerPage).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
