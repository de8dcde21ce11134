using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// The web app the build puts beside the program (<c>wwwroot/</c>, built from <c>web/</c> by Vite; see the csproj's
/// <c>BuildWeb</c> target): its hashed files under <c>/assets/</c> are cached for a year (a new build has new names),
/// and the pages — the landing page at <c>/</c>, the dashboard at <c>/dashboard</c> (one HTML file, routed in the
/// browser) — are revalidated on every load so a new deployment shows at once. Nothing is loaded from anywhere
/// else: the content security policy allows this origin only.
/// </summary>
public static class WebApp
{
    /// <summary>The folder beside the program that holds the built web app.</summary>
    public const string FolderName = "wwwroot";

    /// <summary>The paths the single-page app answers (it reads <c>location.pathname</c>).</summary>
    public static readonly string[] PagePaths = ["/", "/dashboard"];

    /// <summary>
    /// What the pages may load: scripts, styles, fonts and workers of this origin (ECharts and GraphiQL's editor set
    /// inline styles; the editor's workers and fonts may come as blob: and data: URLs), requests to this origin only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The built app's folder: <c>wwwroot</c> beside the program.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>Serves the built files, with the cache headers above.</summary>
    public static IApplicationBuilder UseWebAppFiles(this IApplicationBuilder app)
    {
        if (!Directory.Exists(Root))
        {
            return app;
        }

        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Root),
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = context.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
    }

    /// <summary>Maps <c>/</c> and <c>/dashboard</c> to the app's page.</summary>
    public static void MapWebAppPages(this IEndpointRouteBuilder endpoints)
    {
        foreach (var path in PagePaths)
        {
            endpoints.MapGet(path, WritePageAsync);
        }
    }

    /// <summary>Writes one of the built pages (<c>index.html</c>, <c>graphiql.html</c>), or says how to build it.</summary>
    public static async Task WriteHtmlAsync(HttpContext context, string fileName, Func<string, string>? transform = null)
    {
        var file = Path.Combine(Root, fileName);
        var response = context.Response;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!File.Exists(file))
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"The web app was not built into {Root}: build src/Api with Node.js and npm on the PATH (dotnet build runs npm ci and the Vite build of web/).\n",
                context.RequestAborted);
            return;
        }

        var html = await File.ReadAllTextAsync(file, context.RequestAborted);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers[HeaderNames.Vary] = "Accept";
        await response.WriteAsync(transform is null ? html : transform(html), context.RequestAborted);
    }

    private static Task WritePageAsync(HttpContext context) => WriteHtmlAsync(context, "index.html");
}
