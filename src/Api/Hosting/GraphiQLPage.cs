using System.Net;
using MentorGraph.Api.Auth;
using MentorGraph.Persistence;

namespace MentorGraph.Api.Hosting;

/// <summary>
/// The page a browser gets at <c>GET /graphql</c> (a GET without <c>query</c> whose <c>Accept</c> lists
/// <c>text/html</c>): GraphiQL, from the <c>graphiql</c> npm package bundled by our Vite build (<c>wwwroot/graphiql.html</c>),
/// with its documentation explorer, autocompletion, history and headers editor. In Development the headers editor
/// is prefilled with an 8-hour ADMIN token of the demo admin (<see cref="DemoPeople"/>), handed to the page in a
/// <c>&lt;meta name="mentorgraph-dev-token"&gt;</c> — never in any other environment.
/// </summary>
public static class GraphiQLPage
{
    public const string FileName = "graphiql.html";

    /// <summary>The placeholder in <c>web/graphiql.html</c> that carries the development token.</summary>
    public const string TokenPlaceholder = "<meta name=\"mentorgraph-dev-token\" content=\"\">";

    public static async Task WriteAsync(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment()
            ? await DevelopmentTokenAsync(context)
            : null;
        await WebApp.WriteHtmlAsync(context, FileName, html => token is null
            ? html
            : html.Replace(TokenPlaceholder, $"<meta name=\"mentorgraph-dev-token\" content=\"{WebUtility.HtmlEncode(token)}\">", StringComparison.Ordinal));
    }

    /// <summary>A token of the demo admin; null when the directory is empty or tokens come from an identity provider.</summary>
    private static async Task<string?> DevelopmentTokenAsync(HttpContext context)
    {
        var issuer = context.RequestServices.GetService<TokenIssuer>();
        if (issuer is null)
        {
            return null;
        }

        var data = context.RequestServices.GetRequiredService<MentorGraphDbContext>();
        var admin = (await DemoPeople.ChooseAsync(data, context.RequestAborted)).FirstOrDefault(p => p.Role == Roles.Admin);
        return admin.Person is null ? null : issuer.Issue(admin.Person.Email, [Roles.Admin], DevelopmentSignIn.Lifetime, admin.Person.Name);
    }
}
