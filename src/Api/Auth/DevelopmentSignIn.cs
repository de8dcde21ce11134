using MentorGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Auth;

/// <summary>
/// Development only: <c>GET /dev/sign-in?email=…&amp;role=…</c> (or <c>POST</c> with <c>{"email","roles"}</c>) hands out an
/// 8-hour token for a person of the directory, so the dashboard's development sign-in (and a newcomer with curl)
/// can act as any seeded person without an identity provider. It is not mapped in any other environment: there
/// tokens come from <c>mentorgraph token</c> (which needs the signing key) or the OIDC provider.
/// </summary>
public static class DevelopmentSignIn
{
    public const string Path = "/dev/sign-in";

    /// <summary>The people the dashboard's landing page offers to sign in as (see <see cref="DemoPeople"/>).</summary>
    public const string PersonasPath = "/dev/personas";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The request body of <c>POST /dev/sign-in</c>.</summary>
    public sealed record SignInRequest(string? Email, string[]? Roles);

    public static void MapDevelopmentSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (string? email, string[]? role, MentorGraphDbContext db, IServiceProvider services, CancellationToken token) =>
            SignInAsync(email, role ?? [], db, services, token));
        endpoints.MapPost(Path, (SignInRequest request, MentorGraphDbContext db, IServiceProvider services, CancellationToken token) =>
            SignInAsync(request.Email, request.Roles ?? [], db, services, token));
        endpoints.MapGet(PersonasPath, async (MentorGraphDbContext db, CancellationToken token) =>
            Results.Ok((await DemoPeople.ChooseAsync(db, token)).Select(chosen => new
            {
                role = chosen.Role,
                name = chosen.Person.Name,
                email = chosen.Person.Email,
                title = chosen.Person.Title,
            })));
    }

    private static async Task<IResult> SignInAsync(string? email, string[] roles, MentorGraphDbContext db, IServiceProvider services, CancellationToken token)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return Results.BadRequest(new { error = "Give the email of a person in the directory: /dev/sign-in?email=ana@example.com&role=ADMIN" });
        }

        var parsed = roles.Select(Roles.Parse).ToList();
        if (parsed.Any(r => r is null))
        {
            return Results.BadRequest(new { error = $"Roles are {string.Join(", ", Roles.Grantable)} (none: a plain member)." });
        }

        var issuer = services.GetService<TokenIssuer>();
        if (issuer is null)
        {
            return Results.Problem("Tokens come from the OIDC authority here; there is no signing key to issue one.", statusCode: StatusCodes.Status501NotImplemented);
        }

        var lowered = email.Trim().ToLowerInvariant();
        var person = await db.People.AsNoTracking().Where(p => p.Email.ToLower() == lowered).Select(p => new { p.Id, p.Name, p.Email }).FirstOrDefaultAsync(token);
        if (person is null)
        {
            return Results.NotFound(new { error = $"No one in the directory has the email {email}." });
        }

        var granted = parsed.OfType<string>().Where(r => r != Roles.Member).Distinct().ToList();
        return Results.Ok(new
        {
            token = issuer.Issue(person.Email, granted, Lifetime, person.Name),
            expiresIn = (int)Lifetime.TotalSeconds,
            person = new { id = Schema.Nodes.GlobalId.Encode(Schema.Nodes.NodeTypes.Person, person.Id), name = person.Name, email = person.Email },
            roles = granted.Append(Roles.Member),
        });
    }
}
