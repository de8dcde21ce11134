using System.CommandLine;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph demo-tokens</c>: prints bearer tokens for three people of the directory, so a newcomer can
/// try the API at once (<c>scripts/run</c> prints them on every start): the mentoring program manager as
/// ADMIN, an executive as EXECUTIVE, and a junior in an active pairing as a plain member — each named, with
/// their email. Tokens carry roles; the directory does not, so who is "the admin" is this command's choice.
/// </summary>
public static class DemoTokensCommand
{
    public static Command Create(CliContext context)
    {
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var hours = CliOptions.Int("--hours", 1, 720, "How long the tokens are valid, in hours (default 8).");
        var command = new Command("demo-tokens", "Prints tokens of an admin, an executive and a member of the directory, to try the API with.")
        {
            database, hours,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parsed.GetValue(database) is { } db)
            {
                overrides[DatabaseConnection.Key] = db;
            }

            var configuration = CommandSettings.Build(context, overrides);
            var auth = SettingsBinder.Read<AuthSettings>(configuration);
            var key = SigningKeys.Resolve(auth, AppEnvironment.Resolve(context.GetEnvironmentVariable))
                ?? throw new CommandFailedException("Tokens come from the identity provider at Auth:Authority; set Auth:SigningKey to issue your own.");
            var connection = DatabaseConnection.Resolve(SettingsBinder.Read<DatabaseSettings>(configuration), configuration);
            await using var data = new MentorGraphDbContext(MentorGraphDatabase.CreateOptions(connection.ConnectionString));
            var people = await ChooseAsync(data, cancellationToken);
            if (people.Count == 0)
            {
                throw new CommandFailedException("The directory has no active people yet: seed it first ('mentorgraph seed').");
            }

            var issuer = new TokenIssuer(auth, key, TimeProvider.System);
            var lifetime = TimeSpan.FromHours(parsed.GetValue(hours) ?? 8);
            foreach (var (role, person) in people)
            {
                var roles = role == Roles.Member ? Array.Empty<string>() : [role];
                await context.Out.WriteLineAsync($"{role,-9} {person.Name} <{person.Email}>{(person.Title is null ? "" : $", {person.Title}")}");
                await context.Out.WriteLineAsync($"          {issuer.Issue(person.Email, roles, lifetime, person.Name)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The admin, executive and member to print, in that order; fewer when the directory lacks one.</summary>
    private static async Task<List<(string Role, Person Person)>> ChooseAsync(MentorGraphDbContext data, CancellationToken cancellationToken)
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
