using System.CommandLine;
using System.Globalization;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.Api.Seed;
using MentorGraph.Persistence.Entities;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph seed [--db CS] [--seed N] [--today YYYY-MM-DD] [--sessions N] [--people N] [--rising T,T] [--labels]
/// [--if-empty | --append | --force]</c>: fills a migrated database with a believable organisation, the same for
/// the same seed and day. A database that already has people is refused unless an option says what to do.
/// </summary>
public static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var seed = CliOptions.Int("--seed", 0, int.MaxValue, $"The seed every random choice derives from (default {SeedOptions.DefaultSeed}).");
        var today = new Option<DateOnly?>("--today")
        {
            Description = "The day the data is seen from: sessions before it happened, later ones are scheduled (default: today, UTC; not later).",
            HelpName = "YYYY-MM-DD",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return day;
                }

                result.AddError($"--today must be a date such as 2026-06-30 (YYYY-MM-DD), not '{text}'.");
                return null;
            },
        };
        var sessions = CliOptions.Int("--sessions", SeedSize.MinimumSessions, SeedSize.MaximumSessions,
            $"About how many sessions, over the last 12 months and the next 8 weeks (default {SeedOptions.DefaultSessions:N0}); pairings scale with it (one per {SeedSize.SessionsPerPairing}).");
        var people = CliOptions.Int("--people", SeedSize.MinimumPeople, SeedSize.MaximumPeople,
            "How many people (default: 300, or 2.5 per pairing when more sessions are asked for).");
        var rising = new Option<string[]?>("--rising")
        {
            Description = $"The topics whose notes rise in the last 4 complete weeks, comma-separated (default {string.Join(',', SeedOptions.DefaultRisingTopics)}; 1 to 3 topics).",
            HelpName = "TOPIC,TOPIC",
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                var topics = new List<string>();
                foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (SeedTopics.Parse(part) is not { } topic)
                    {
                        result.AddError($"--rising: '{part}' is not a topic; topics are {CliOptions.Alternatives(SeedTopics.All)}.");
                        return null;
                    }

                    if (!topics.Contains(topic))
                    {
                        topics.Add(topic);
                    }
                }

                if (topics.Count is < 1 or > 3)
                {
                    result.AddError($"--rising needs 1 to 3 different topics, not '{text}'.");
                    return null;
                }

                return [.. topics];
            },
        };
        var labels = CliOptions.Flag("--labels", "Store each note's generated topic and direction as its label and as the classification of a model named 'seed' (the generator's labels, not a classifier's), so insights have data without the classifier; the jobs still classify every note unless Jobs:ClassifySeedLabelledNotes=false. Default: notes stay unclassified.");
        var ifEmpty = CliOptions.Flag("--if-empty", "When the database already has people, do nothing and succeed (scripts/run uses it).");
        var append = CliOptions.Flag("--append", "When the database already has people, add a second organisation beside them; nothing existing is changed.");
        var force = CliOptions.Flag("--force", "When the database already has people, first DELETE all mentoring data (people, programs, pairings, sessions, notes, feedback, lessons; not the topics), then seed. Says what it deleted.");
        var command = new Command("seed", "Fills the database with a believable demo organisation, the same for the same --seed and --today.")
        {
            database, seed, today, sessions, people, rising, labels, ifEmpty, append, force,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var modes = new[] { (ifEmpty, SeedMode.IfEmpty), (append, SeedMode.Append), (force, SeedMode.Force) }
                .Where(m => parsed.GetValue(m.Item1)).ToList();
            if (modes.Count > 1)
            {
                throw new UsageException($"{CliOptions.Alternatives([.. modes.Select(m => m.Item1.Name)])} exclude each other: choose one.");
            }

            var currentDay = DateOnly.FromDateTime(DateTime.UtcNow);
            var day = parsed.GetValue(today) ?? currentDay;
            if (day > currentDay)
            {
                throw new UsageException(
                    $"--today {day:yyyy-MM-dd} is after today ({currentDay:yyyy-MM-dd}, UTC): sessions before it would have occurred in the future.");
            }

            var sessionCount = parsed.GetValue(sessions) ?? SeedOptions.DefaultSessions;
            var pairings = SeedSize.PairingsFor(sessionCount);
            if (parsed.GetValue(people) is { } peopleCount && peopleCount < SeedSize.FewestPeople(pairings))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"--people {peopleCount} is too few for {sessionCount:N0} sessions ({pairings:N0} pairings): at least {SeedSize.FewestPeople(pairings):N0}."));
            }

            var options = new SeedOptions(
                parsed.GetValue(seed) ?? SeedOptions.DefaultSeed, day, sessionCount, parsed.GetValue(people),
                parsed.GetValue(rising) is { Length: > 0 } risingTopics ? risingTopics : SeedOptions.DefaultRisingTopics)
            {
                Labels = parsed.GetValue(labels),
            };
            var settings = new Dictionary<string, string?>();
            if (parsed.GetValue(database) is { } db)
            {
                settings[DatabaseConnection.Key] = db;
            }

            return RunAsync(context, settings, options, modes.Count == 0 ? SeedMode.Refuse : modes[0].Item2, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Dictionary<string, string?> overrides, SeedOptions options, SeedMode mode, CancellationToken cancellationToken)
    {
        var configuration = CommandSettings.Build(context, overrides);
        var database = DatabaseConnection.Resolve(SettingsBinder.Read<DatabaseSettings>(configuration), configuration);
        await context.Out.WriteLineAsync($"Database: {database}");
        SeedResult result;
        try
        {
            result = await TerminalProgress.RunAsync(context, "Seeding",
                progress => SeedRunner.RunAsync(database.ConnectionString, options, mode, progress, cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is SeedRefusedException or SeedSchemaMissingException)
        {
            throw new CommandFailedException(e.Message);
        }
        catch (Npgsql.NpgsqlException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CommandFailedException($"the seed failed and nothing was written: {e.Message}");
        }
        catch (OperationCanceledException)
        {
            throw new CommandFailedException("cancelled; nothing was written.");
        }

        if (result.Skipped)
        {
            await context.Out.WriteLineAsync($"The database already has {result.ExistingPeople:N0} people; nothing to do (--if-empty).");
            return ExitCodes.Success;
        }

        await context.Out.WriteAsync(SeedSummary.Format(options, result));
        return ExitCodes.Success;
    }
}
