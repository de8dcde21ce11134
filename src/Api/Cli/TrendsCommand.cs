using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Exports;
using MentorGraph.Api.Hosting;
using MentorGraph.Persistence.Insights;
using Npgsql;

namespace MentorGraph.Api.Cli;

/// <summary>
/// <c>mentorgraph trends rebuild|refresh [--db CS] [--time-zone ZONE]</c>: the trend tables by hand. <c>rebuild</c>
/// recomputes every week and month (repairs; the numbers equal what the incremental refresh keeps), <c>refresh</c>
/// recomputes only what changed since the last refresh — what the recurring job does. The engagement rollup (migration
/// 0016, <see cref="EngagementDays"/>) is rebuilt or refreshed with them, and then the analytics views are published
/// (<see cref="AnalyticsPublication"/>: everything on <c>rebuild</c> — the repair path, and what a change of
/// <c>Insights:MinimumGroupSize</c> triggers by itself — only what changed on <c>refresh</c>).
/// </summary>
public static class TrendsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("trends", "The topic trend tables: rebuild them from all history, or refresh what changed.");
        command.Subcommands.Add(Sub(context, "rebuild", "Recomputes every week and month of the trend tables from the labelled notes and lessons.", rebuild: true));
        command.Subcommands.Add(Sub(context, "refresh", "Recomputes only the weeks and months whose labels changed since the last refresh.", rebuild: false));
        return command;
    }

    private static Command Sub(CliContext context, string name, string description, bool rebuild)
    {
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var zone = CliOptions.Text("--time-zone", "ZONE", "The IANA time zone weeks and months are counted in (Insights:TimeZone; default UTC).");
        var command = new Command(name, description) { database, zone };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parsed.GetValue(database) is { } db)
            {
                overrides[DatabaseConnection.Key] = db;
            }

            if (parsed.GetValue(zone) is { } timeZone)
            {
                overrides["Insights:TimeZone"] = timeZone;
            }

            var configuration = CommandSettings.Build(context, overrides);
            var insights = SettingsBinder.Read<InsightsSettings>(configuration);
            var connection = DatabaseConnection.Resolve(SettingsBinder.Read<DatabaseSettings>(configuration), configuration);
            await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
            var trends = new TopicTrendTables(dataSource);
            var engagement = new EngagementDays(dataSource);
            var clock = Stopwatch.StartNew();
            int periods;
            int days;
            PublicationResult published;
            try
            {
                periods = rebuild
                    ? await trends.RebuildAsync(insights.TimeZone, cancellationToken)
                    : await trends.RefreshAsync(insights.TimeZone, cancellationToken);
                days = rebuild
                    ? await engagement.RebuildAsync(insights.TimeZone, cancellationToken)
                    : await engagement.RefreshAsync(insights.TimeZone, cancellationToken);
                published = await new AnalyticsPublication(dataSource).PublishAsync(insights.TimeZone, insights.MinimumGroupSize, full: rebuild, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidSchemaName or PostgresErrorCodes.UndefinedFunction or PostgresErrorCodes.UndefinedTable)
            {
                throw new CommandFailedException("The database has no trend tables yet: run 'mentorgraph migrate' first.");
            }
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{(rebuild ? "Rebuilt" : "Refreshed")} {periods:N0} weeks and months in {insights.TimeZone}, and {days:N0} days of the engagement rollup ({clock.Elapsed.TotalSeconds:0.0} s)."));
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Published {published.Weeks:N0} weeks and {published.Periods:N0} trend periods to the analytics views (k = {insights.MinimumGroupSize}{(published.Full ? ", everything" : string.Empty)})."));
            return ExitCodes.Success;
        });
        return command;
    }
}
