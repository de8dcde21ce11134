using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence;

/// <summary>
/// How the host gets a <see cref="MentorGraphDbContext"/>: from the <see cref="NpgsqlDataSource"/> it already
/// has (one pool per process) or a connection string it read from its settings. Reads no environment.
/// </summary>
public static class MentorGraphDatabase
{
    /// <summary>
    /// Configures <paramref name="options"/> for the mentoring model over <paramref name="dataSource"/>, e.g.
    /// <c>services.AddDbContextPool&lt;MentorGraphDbContext&gt;(o =&gt; MentorGraphDatabase.Configure(o, dataSource))</c>.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource)
        => options.UseNpgsql(dataSource).UseSnakeCaseNamingConvention();

    /// <summary>As <see cref="Configure(DbContextOptionsBuilder, NpgsqlDataSource)"/>, from a connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString)
        => options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();

    /// <summary>Options for contexts created by hand (tools, tests, the seed): <c>new MentorGraphDbContext(options)</c>.</summary>
    public static DbContextOptions<MentorGraphDbContext> CreateOptions(NpgsqlDataSource dataSource)
    {
        var builder = new DbContextOptionsBuilder<MentorGraphDbContext>();
        Configure(builder, dataSource);
        return builder.Options;
    }

    /// <summary>As <see cref="CreateOptions(NpgsqlDataSource)"/>, from a connection string.</summary>
    public static DbContextOptions<MentorGraphDbContext> CreateOptions(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<MentorGraphDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>A new context over <paramref name="dataSource"/>; the caller disposes it.</summary>
    public static MentorGraphDbContext CreateContext(NpgsqlDataSource dataSource) => new(CreateOptions(dataSource));
}
