using System.Diagnostics;
using System.Net;
using System.Text.Json;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Api.Tests.Hosting;

/// <summary><c>mentorgraph serve</c> as a real process: migrations on start, /health, JSON logs, SIGTERM.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ServeProcessTests(PostgresServerFixture server) : IDisposable
{
    private readonly TempDirectory migrations = new();

    public void Dispose() => migrations.Dispose();

    [Fact]
    public async Task Serve_Process_MigratesAnswersHealthAndStopsGracefullyOnSigterm()
    {
        await using var db = await server.CreateDatabaseAsync();
        migrations.Write("0001_first.sql", "CREATE TABLE first_table (id int);");
        var port = FreePorts.Next();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "mentorgraph.dll"), "serve",
                "--urls", $"http://127.0.0.1:{port}", "--migrations", migrations.Path, "--db", db.ConnectionString,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["MENTORGRAPH_LOG_FORMAT"] = "json", ["Auth__SigningKey"] = ApiTestHost.SigningKey, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            Assert.Equal(HttpStatusCode.OK, await WaitForHealthAsync(client, process));
            Assert.Equal(1L, await CountAsync(db, "SELECT count(*) FROM schema_migrations WHERE version = 1"));

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(exitTimeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        var messages = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("Message").GetString())
            .ToList();
        Assert.Contains(messages, m => m!.StartsWith("Applied migration 0001_first.sql in ", StringComparison.Ordinal));
        Assert.Contains($"Now listening on: http://127.0.0.1:{port}", messages);
        Assert.Contains("Application is shutting down...", messages);
    }

    /// <summary>
    /// Waits until the server is ready (database and classifier): an operator stops a server that has
    /// started. (A SIGTERM while the sentence encoder's native session is still being created ends the
    /// process in the middle of it, and ONNX Runtime then writes an error line to stderr.)
    /// </summary>
    private static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient client, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new Xunit.Sdk.XunitException(process.HasExited
            ? $"serve exited early with code {process.ExitCode}"
            : "serve was not ready within 120 s");
    }

    private static async Task<long> CountAsync(TestDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

}
