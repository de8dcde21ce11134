using System.Text.RegularExpressions;
using MentorGraph.Persistence.Configuration;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Model;

/// <summary>
/// The EF model against the schema the migrations build (EF never creates it): the same tables, the same
/// columns with compatible types and nullability, identity keys, and the enum CHECKs listing exactly the
/// texts the enums are written as.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaMatchesModelTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Model_MapsExactlyTheMigratedTables()
    {
        await using var db = data.NewContext();
        var mapped = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order().ToList();

        var tables = await QueryAsync(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY table_name",
            r => r.GetString(0));

        Assert.Equal(tables, mapped);
    }

    [Fact]
    public async Task EveryTable_ColumnsTypesAndNullability_EqualTheModel()
    {
        await using var db = data.NewContext();
        var columns = await QueryAsync(
            "SELECT table_name, column_name, data_type, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'",
            r => (Table: r.GetString(0), Column: r.GetString(1), Type: r.GetString(2), Nullable: r.GetBoolean(3)));
        var inDatabase = columns.Select(c => $"{c.Table}.{c.Column} {c.Type} {(c.Nullable ? "NULL" : "NOT NULL")}").Order().ToList();

        var inModel = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                inModel.Add($"{table.Name}.{property.GetColumnName(table)} {property.GetColumnType()} {(property.IsColumnNullable(table) ? "NULL" : "NOT NULL")}");
            }
        }

        Assert.Equal(inDatabase, inModel.Order().ToList());
    }

    [Fact]
    public async Task GeneratedKeys_AreIdentityAlwaysColumns_InModelAndDatabase()
    {
        await using var db = data.NewContext();
        var identities = await QueryAsync(
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES' AND identity_generation = 'ALWAYS'",
            r => r.GetString(0));

        var generatedKeys = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey())
                .Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .Order().ToList();

        Assert.Equal(identities.Order().ToList(), generatedKeys);
        Assert.Equal(12, generatedKeys.Count);
    }

    [Fact]
    public async Task EnumColumns_CheckConstraintListsExactlyTheEnumTexts()
    {
        await using var db = data.NewContext();
        var checks = await QueryAsync(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%\\_values'",
            r => (Name: r.GetString(0), Definition: r.GetString(1)));
        var byName = checks.ToDictionary(c => c.Name, c => c.Definition);

        var enumColumns = 0;
        foreach (var entity in db.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (!enumType.IsEnum)
                {
                    continue;
                }

                enumColumns++;
                var name = $"{entity.GetTableName()}_{property.GetColumnName()}_values";
                Assert.True(byName.TryGetValue(name, out var definition), $"No CHECK constraint {name} for the enum column.");
                var listed = Regex.Matches(definition, "'([A-Z_]+)'::text").Select(m => m.Groups[1].Value).Order().ToList();
                var texts = (IReadOnlyList<string>)typeof(Entities.EnumText<>).MakeGenericType(enumType).GetProperty("All")!.GetValue(null)!;
                Assert.Equal(texts.Order().ToList(), listed);
                Assert.IsType(typeof(EnumTextConverter<>).MakeGenericType(enumType), property.GetValueConverter());
            }
        }

        Assert.Equal(17, enumColumns);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
