using System.CommandLine;
using System.Text.Json;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using MentorGraph.GraphQL.AspNetCore;
using MentorGraph.GraphQL.Tooling;
using MentorGraph.Persistence.TrustedDocuments;
using Npgsql;

namespace MentorGraph.Api.Cli.SchemaTools;

/// <summary>
/// <c>mentorgraph persist [--db CS] FILE|DIR|GLOB...</c>: registers a front end's operations as trusted documents.
/// The files are read and validated as <c>validate</c> does (any error: nothing is registered, exit 1); each operation
/// becomes one document (<see cref="OperationDocuments"/>: its text and the fragments it uses), whose id is the SHA-256
/// of that exact text (<see cref="PersistedDocumentIds"/>). They are stored in <c>graphql.persisted_documents</c>
/// (already registered ones stay as they are) and the manifest — a JSON object of id to operation name — is printed,
/// for the client's build to send ids instead of texts.
/// </summary>
internal static class PersistCommand
{
    /// <summary>Who registered documents through the command line (<c>registered_by</c>).</summary>
    public const string Registrant = "cli";

    public static Command Create(CliContext context)
    {
        var database = CliOptions.Text("--db", "CONNECTION_STRING",
            "The Npgsql connection string (Database:ConnectionString; default: MENTORGRAPH_DB, else the dev cluster of scripts/pg).");
        var files = CliOptions.Files("FILE",
            "Operation files, directories or globs, as for validate: .graphql/.gql, and .ts/.tsx/.js/.jsx with gql/graphql tagged templates.",
            ArgumentArity.OneOrMore);
        var command = new Command("persist",
            "Registers a front end's operations as trusted documents (id = SHA-256 of each operation's document) and prints the manifest: {\"<id>\": \"OperationName\"}.")
        {
            database, files,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parsed.GetValue(database) is { } db)
            {
                overrides[DatabaseConnection.Key] = db;
            }

            var configuration = CommandSettings.Build(context, overrides);
            var limits = GraphQLConfiguration.Read(configuration);
            var documents = OperationFiles.Read(OperationFiles.Expand(parsed.GetValue(files)!));
            var errors = ProjectValidation.Validate(SchemaFiles.Served(), documents, limits);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await context.Error.WriteLineAsync(error.ToString());
                }

                await context.Error.WriteLineAsync("Nothing was registered: the operations are not valid.");
                return ExitCodes.Failed;
            }

            var operations = OperationDocuments.Build(documents)
                .Select(o => new PersistedDocument(PersistedDocumentIds.Of(o.Text), o.Text, o.Name))
                .DistinctBy(d => d.Id)
                .ToList();
            if (operations.Count == 0)
            {
                throw new UsageException("The files hold no operation (only fragments): nothing to register.");
            }

            var connection = DatabaseConnection.Resolve(SettingsBinder.Read<DatabaseSettings>(configuration), configuration);
            await using var dataSource = NpgsqlDataSource.Create(connection.ConnectionString);
            int registered;
            try
            {
                registered = await new PersistedDocumentTable(dataSource).RegisterAsync(operations, Registrant, DateTimeOffset.UtcNow, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidSchemaName or PostgresErrorCodes.UndefinedTable)
            {
                throw new CommandFailedException("The database has no table for persisted documents yet: run 'mentorgraph migrate' first.");
            }

            await context.Out.WriteLineAsync(Manifest(operations));
            await context.Error.WriteLineAsync($"{operations.Count} operations: {registered} newly registered, {operations.Count - registered} already registered.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The manifest: id to operation name (null for an anonymous operation), in the files' order.</summary>
    private static string Manifest(IReadOnlyList<PersistedDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var document in documents)
            {
                json.WriteString(document.Id, document.OperationName);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
