using System.Globalization;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Api.Cli;

/// <summary><c>mentorgraph migrate [--dir PATH] [--db CONNECTION_STRING]</c>: brings the database schema up to date.</summary>
public sealed class MigrateCommand : ICliCommand
{
    private static readonly CliOptionParser Parser = new(["--dir", "--db"]);

    public string Name => "migrate";

    public string Summary => "Applies new db/migrations/*.sql files to the database (--dir PATH, --db CONNECTION_STRING).";

    public async Task<int> RunAsync(CliContext context, IReadOnlyList<string> args)
    {
        if (!Parser.TryParse(args, out var options, out var usageError))
        {
            context.Error.WriteLine($"mentorgraph migrate: {usageError}");
            context.Error.WriteLine("Usage: mentorgraph migrate [--dir PATH] [--db CONNECTION_STRING]");
            return 2;
        }

        try
        {
            var directory = MigrationsLocation.Resolve(options.Value("--dir"), "--dir");
            var database = ConnectionStringResolver.ForCurrentProcess().Resolve(options.Value("--db"));
            context.Out.WriteLine($"Database: {database}");
            context.Out.WriteLine($"Migrations: {directory}");

            using var cancellation = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                cancellation.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                var result = await new MigrationRunner().RunAsync(database.Value, directory, cancellation.Token);
                foreach (var applied in result.Applied)
                {
                    context.Out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"Applied {applied.Migration.FileName} ({applied.Duration.TotalMilliseconds:0} ms)"));
                }

                context.Out.WriteLine($"Up to date: {result.Applied.Count} applied now, {result.AlreadyApplied} already applied.");
                return 0;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
        catch (Exception ex) when (ex is MigrationException or DatabaseConfigurationException)
        {
            context.Error.WriteLine($"mentorgraph migrate: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("mentorgraph migrate: cancelled; the migration in progress was rolled back.");
            return 1;
        }
    }
}
