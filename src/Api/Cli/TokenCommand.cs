using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph token --email E [--role R]... [--ttl 8h]</c>: prints a bearer token signed with the configured
/// key (in Development, the checkout's own), the token alone on standard output. It needs no database and does
/// not look the email up: the server finds the viewer by the token's email on each request, so a token may
/// also belong to an integration with no person in the directory.
/// </summary>
public static class TokenCommand
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    public static Command Create(CliContext context)
    {
        var email = CliOptions.Text("--email", "EMAIL", "Whose token it is: the server finds the viewer by this email.");
        email.Required = true;
        var roles = new Option<string[]>("--role")
        {
            Description = $"A role to grant ({CliOptions.Alternatives(Roles.Grantable)}); repeat for several. None: a plain member.",
            HelpName = "ROLE",
            AllowMultipleArgumentsPerToken = false,
        };
        roles.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Roles.Parse(token.Value) is null)
                {
                    result.AddError($"--role must be {CliOptions.Alternatives([.. Roles.Grantable, Roles.Member])}, not '{token.Value}'.");
                }
            }
        });
        var lifetime = new Option<TimeSpan?>("--ttl")
        {
            Description = $"How long the token is valid: e.g. 90s, 30m, 8h, 7d (default 8h; at most {TokenIssuer.MaximumLifetime.TotalDays:0}d).",
            HelpName = "DURATION",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (ParseLifetime(text) is { } parsed && parsed > TimeSpan.Zero && parsed <= TokenIssuer.MaximumLifetime)
                {
                    return parsed;
                }

                result.AddError($"--ttl must be a duration such as 30m, 8h or 7d, up to {TokenIssuer.MaximumLifetime.TotalDays:0}d, not '{text}'.");
                return null;
            },
        };
        var name = CliOptions.Text("--name", "NAME", "A display name to put in the token (optional).");
        var command = new Command("token", "Prints a signed bearer token for an email, with roles.") { email, roles, lifetime, name };
        command.SetAction(async (parsed, _) =>
        {
            var configuration = CommandSettings.Build(context);
            var settings = SettingsBinder.Read<AuthSettings>(configuration);
            var key = SigningKeys.Resolve(settings, AppEnvironment.Resolve(context.GetEnvironmentVariable))
                ?? throw new CommandFailedException("Tokens come from the identity provider at Auth:Authority; set Auth:SigningKey to issue your own.");
            var granted = (parsed.GetValue(roles) ?? []).Select(r => Roles.Parse(r)!).Where(r => r != Roles.Member).Distinct().ToList();
            var token = new TokenIssuer(settings, key, TimeProvider.System)
                .Issue(parsed.GetValue(email)!, granted, parsed.GetValue(lifetime) ?? DefaultLifetime, parsed.GetValue(name));
            await context.Out.WriteLineAsync(token);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>90s</c>, <c>30m</c>, <c>8h</c>, <c>7d</c>, or a .NET time span (<c>01:30:00</c>); null when it is neither.</summary>
    public static TimeSpan? ParseLifetime(string text)
    {
        var match = Regex.Match(text.Trim(), "^([0-9]{1,6})([smhd])$");
        if (match.Success)
        {
            var amount = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }
}
