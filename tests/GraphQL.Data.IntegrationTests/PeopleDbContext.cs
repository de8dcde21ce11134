using System.Data.Common;
using MentorGraph.GraphQL.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentorGraph.GraphQL.Data.IntegrationTests;

/// <summary>The data tests' model on PostgreSQL through EF Core: enums as UPPER_SNAKE text, snake_case columns, as the API maps its own.</summary>
internal sealed class PeopleDbContext(string connectionString, StatementCounter counter) : DbContext
{
    public const string CreateTables = """
        CREATE TABLE departments (id bigint PRIMARY KEY, name text NOT NULL);
        CREATE TABLE people (
            id bigint PRIMARY KEY, name text NOT NULL, email text, band text NOT NULL, level int NOT NULL, rank int,
            score double precision NOT NULL, salary numeric, active boolean NOT NULL, joined_at timestamptz NOT NULL,
            left_at timestamptz, starts_on date NOT NULL, department_id bigint REFERENCES departments(id));
        CREATE TABLE sessions (id bigint PRIMARY KEY, person_id bigint NOT NULL REFERENCES people(id), format text NOT NULL, minutes int NOT NULL);
        """;

    public DbSet<Person> People => Set<Person>();

    public DbSet<Department> Departments => Set<Department>();

    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseNpgsql(connectionString).AddInterceptors(counter);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Department>(d =>
        {
            d.ToTable("departments");
            d.Property(x => x.Id).ValueGeneratedNever();
            d.HasMany(x => x.Members).WithOne(p => p.Department).HasForeignKey("DepartmentId");
        });
        model.Entity<Person>(p =>
        {
            p.ToTable("people");
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Band).HasConversion(v => v.ToString().ToUpperInvariant(), v => Enum.Parse<Band>(v, ignoreCase: true));
            p.HasMany(x => x.Sessions).WithOne().HasForeignKey("PersonId");
        });
        model.Entity<Session>(s =>
        {
            s.ToTable("sessions");
            s.Property(x => x.Id).ValueGeneratedNever();
        });
        foreach (var property in model.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(string.Concat(property.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));
        }
    }
}

/// <summary>Counts the SQL statements EF Core sends, and keeps their text.</summary>
internal sealed class StatementCounter : DbCommandInterceptor
{
    public List<string> Statements { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Statements.Add(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Statements.Add(command.CommandText);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Statements.Add(command.CommandText);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Statements.Add(command.CommandText);
        return base.ScalarExecuting(command, eventData, result);
    }
}

/// <summary>The query runner a host on EF Core supplies: EF's own async methods.</summary>
internal sealed class EfQueryRunner : Paging.IQueryRunner
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken);

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => EntityFrameworkQueryableExtensions.AnyAsync(query, cancellationToken);
}
