using MentorGraph.Api.Seed;
using MentorGraph.Persistence.Migrations;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Seed;

/// <summary>Helpers for the seed's database tests: a migrated database, a content hash, counts.</summary>
public static class SeedDatabase
{
    public static async Task<TestDatabase> CreateMigratedAsync(PostgresServerFixture server)
    {
        var database = await server.CreateDatabaseAsync();
        await new MigrationRunner().RunAsync(database.ConnectionString, MigratedDatabaseFixture.MigrationsDirectory);
        return database;
    }

    /// <summary>One hash of every row of every table seed writes, table by table in a fixed order, rows sorted by their text.</summary>
    public static async Task<string> HashAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var hashes = new List<string>();
        foreach (var table in SeedRunner.DomainTables)
        {
            await using var command = new NpgsqlCommand($"SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM {table} t", connection);
            hashes.Add($"{table}:{await command.ExecuteScalarAsync()}");
        }

        return string.Join('\n', hashes);
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> ReadAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
