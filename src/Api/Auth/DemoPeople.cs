using MentorGraph.Persistence;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Auth;

/// <summary>
/// The three people of the directory a newcomer tries the API as: the mentoring program manager as ADMIN, an
/// executive as EXECUTIVE, and a junior in an active pairing as a plain member. Tokens carry roles; the directory
/// does not, so who is "the admin" is this choice. Used by <c>mentorgraph demo-tokens</c>, the dashboard's
/// development sign-in (<c>GET /dev/personas</c>) and GraphiQL's prefilled header in Development.
/// </summary>
public static class DemoPeople
{
    /// <summary>The admin, executive and member, in that order; fewer when the directory lacks one.</summary>
    public static async Task<List<(string Role, Person Person)>> ChooseAsync(MentorGraphDbContext data, CancellationToken cancellationToken)
    {
        var active = data.People.AsNoTracking().Where(p => p.Active);
        var chosen = new List<(string, Person)>();
        var admin = await active.OrderBy(p => p.Title == "Mentoring Program Manager" ? 0 : 1).ThenBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (admin is not null)
        {
            chosen.Add((Roles.Admin, admin));
        }

        if (await active.Where(p => p.Band == Band.Executive).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken) is { } executive)
        {
            chosen.Add((Roles.Executive, executive));
        }

        var openJuniors = data.Pairings.Where(p => p.Status == PairingStatus.Active).Select(p => p.JuniorId);
        if (await active.Where(p => p.Band == Band.Junior && openJuniors.Contains(p.Id)).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken) is { } member)
        {
            chosen.Add((Roles.Member, member));
        }

        return chosen;
    }
}
