using System.CommandLine;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence;

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
            var people = await DemoPeople.ChooseAsync(data, cancellationToken);
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
}
