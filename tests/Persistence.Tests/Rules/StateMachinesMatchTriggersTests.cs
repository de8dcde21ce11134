using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>
/// The state machines in code and the triggers agree: every (from, to) pair of distinct statuses is
/// driven through the database (a row in <c>from</c> updated to <c>to</c>, in a transaction rolled back)
/// and compared with the code's answer. Dates are made consistent with <c>to</c>, so only the status
/// trigger can refuse.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StateMachinesMatchTriggersTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    public static TheoryData<string, string> PairingStatusPairs { get; } = Pairs<PairingStatus>();

    public static TheoryData<string, string> SessionStatusPairs { get; } = Pairs<SessionStatus>();

    [Theory]
    [MemberData(nameof(PairingStatusPairs))]
    public async Task PairingStatus_FromTo_TriggerAllowsExactlyTheStateMachinesEdges(string from, string to)
    {
        var fromStatus = EnumText<PairingStatus>.Parse(from);
        var toStatus = EnumText<PairingStatus>.Parse(to);

        var refusal = await InRolledBackTransactionAsync(async (connection, transaction) =>
        {
            var programId = await ScalarAsync(connection, transaction,
                "INSERT INTO programs (name, starts_on, ends_on, default_cadence) VALUES ('P', '2025-01-01', '2025-12-31', 'WEEKLY') RETURNING id");
            var seniorId = await ScalarAsync(connection, transaction,
                "INSERT INTO people (name, email, band) VALUES ('S', 'senior@example.com', 'EXECUTIVE') RETURNING id");
            var juniorId = await ScalarAsync(connection, transaction,
                "INSERT INTO people (name, email, band) VALUES ('J', 'junior@example.com', 'JUNIOR') RETURNING id");
            var startedAt = Started(fromStatus) ? DateTimeOffset.UtcNow.AddDays(-20) : (DateTimeOffset?)null;
            var pairingId = await ScalarAsync(connection, transaction,
                """
                INSERT INTO pairings (program_id, senior_id, junior_id, cadence, status, proposed_at, respond_by, started_at, ended_at)
                VALUES ($1, $2, $3, 'WEEKLY', $4, now() - interval '30 days', now() - interval '16 days', $5, $6) RETURNING id
                """,
                programId, seniorId, juniorId, from, Db(startedAt), Db(PairingStateMachine.IsClosed(fromStatus) ? DateTimeOffset.UtcNow.AddDays(-1) : null));
            await ScalarAsync(connection, transaction,
                "UPDATE pairings SET status = $1, started_at = $2, ended_at = $3 WHERE id = $4 RETURNING id",
                to,
                Db(startedAt ?? (Started(toStatus) ? DateTimeOffset.UtcNow : null)),
                Db(PairingStateMachine.IsClosed(toStatus) ? DateTimeOffset.UtcNow : null),
                pairingId);
        });

        Assert.Equal(PairingStateMachine.IsEdge(fromStatus, toStatus) ? null : DatabaseRuleViolations.PairingTransitionRefused, refusal?.SqlState);
    }

    [Theory]
    [MemberData(nameof(SessionStatusPairs))]
    public async Task SessionStatus_FromTo_TriggerAllowsExactlyTheStateMachinesEdges(string from, string to)
    {
        var fromStatus = EnumText<SessionStatus>.Parse(from);
        var toStatus = EnumText<SessionStatus>.Parse(to);

        var refusal = await InRolledBackTransactionAsync(async (connection, transaction) =>
        {
            var programId = await ScalarAsync(connection, transaction,
                "INSERT INTO programs (name, starts_on, ends_on, default_cadence) VALUES ('P', '2025-01-01', '2025-12-31', 'WEEKLY') RETURNING id");
            var seniorId = await ScalarAsync(connection, transaction,
                "INSERT INTO people (name, email, band) VALUES ('S', 'senior@example.com', 'EXECUTIVE') RETURNING id");
            var juniorId = await ScalarAsync(connection, transaction,
                "INSERT INTO people (name, email, band) VALUES ('J', 'junior@example.com', 'JUNIOR') RETURNING id");
            var pairingId = await ScalarAsync(connection, transaction,
                "INSERT INTO pairings (program_id, senior_id, junior_id, cadence, respond_by) VALUES ($1, $2, $3, 'WEEKLY', now() + interval '14 days') RETURNING id",
                programId, seniorId, juniorId);
            var sessionId = await ScalarAsync(connection, transaction,
                """
                INSERT INTO sessions (pairing_id, scheduled_at, occurred_at, duration_minutes, format, status)
                VALUES ($1, now() - interval '2 hours', $2, 30, 'COFFEE', $3) RETURNING id
                """,
                pairingId, Db(fromStatus == SessionStatus.Completed ? DateTimeOffset.UtcNow.AddHours(-1) : null), from);
            await ScalarAsync(connection, transaction,
                "UPDATE sessions SET status = $1, occurred_at = $2 WHERE id = $3 RETURNING id",
                to, Db(toStatus == SessionStatus.Completed ? DateTimeOffset.UtcNow.AddHours(-1) : null), sessionId);
        });

        Assert.Equal(SessionStateMachine.IsEdge(fromStatus, toStatus) ? null : DatabaseRuleViolations.SessionTransitionRefused, refusal?.SqlState);
    }

    [Fact]
    public async Task StatusFunctions_EveryPair_EqualTheCodesEdges()
    {
        var pairingEdges = await EdgesAsync("pairing_status_edge_allowed", EnumText<PairingStatus>.All);
        var sessionEdges = await EdgesAsync("session_status_edge_allowed", EnumText<SessionStatus>.All);

        Assert.Equal(
            PairingStateMachine.Edges.Select(e => $"{EnumText<PairingStatus>.ToText(e.From)}->{EnumText<PairingStatus>.ToText(e.To)}").Order(),
            pairingEdges.Order());
        Assert.Equal(
            SessionStateMachine.Edges.Select(e => $"{EnumText<SessionStatus>.ToText(e.From)}->{EnumText<SessionStatus>.ToText(e.To)}").Order(),
            sessionEdges.Order());
    }

    private static bool Started(PairingStatus status) => status is PairingStatus.Active or PairingStatus.Paused or PairingStatus.Completed;

    private static object Db(DateTimeOffset? value) => value is { } v ? v : DBNull.Value;

    private static TheoryData<string, string> Pairs<TEnum>()
        where TEnum : struct, Enum
    {
        var pairs = new TheoryData<string, string>();
        foreach (var from in EnumText<TEnum>.All)
        {
            foreach (var to in EnumText<TEnum>.All.Where(to => to != from))
            {
                pairs.Add(from, to);
            }
        }

        return pairs;
    }

    private async Task<List<string>> EdgesAsync(string function, IReadOnlyList<string> statuses)
    {
        var edges = new List<string>();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        foreach (var from in statuses)
        {
            foreach (var to in statuses)
            {
                await using var command = new NpgsqlCommand($"SELECT {function}($1, $2)", connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
                if ((bool)(await command.ExecuteScalarAsync())!)
                {
                    edges.Add($"{from}->{to}");
                }
            }
        }

        return edges;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction that is always rolled back; the PostgreSQL error it raised, if any.</summary>
    private async Task<PostgresException?> InRolledBackTransactionAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> work)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await work(connection, transaction);
            return null;
        }
        catch (PostgresException error)
        {
            return error;
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
