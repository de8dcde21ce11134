using MentorGraph.Api.Configuration;
using MentorGraph.Api.Hosting;
using Npgsql;

namespace MentorGraph.Api.Tests.Hosting;

public sealed class DatabaseConnectionTests
{
    private const string Plain = "Host=127.0.0.1;Port=5432;Database=mentorgraph;Username=mentorgraph;Password=secret";

    [Fact]
    public void CreateDataSource_PlainConnectionString_PreparesStatements_AndSkipsTheResetOnClose()
    {
        using var source = new DatabaseConnection(Plain, "test").CreateDataSource(new DatabaseSettings { MaxAutoPrepare = 40 });

        var used = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        Assert.Equal(40, used.MaxAutoPrepare);
        Assert.True(used.NoResetOnClose);
    }

    [Fact]
    public void CreateDataSource_ResetOnClose_KeepsNpgsqlsReset()
    {
        using var source = new DatabaseConnection(Plain, "test").CreateDataSource(new DatabaseSettings { ResetOnClose = true });

        Assert.False(new NpgsqlConnectionStringBuilder(source.ConnectionString).NoResetOnClose);
    }

    [Fact]
    public void CreateDataSource_TheConnectionStringsOwnValues_Win()
    {
        var connection = new DatabaseConnection(Plain + ";Max Auto Prepare=0;No Reset On Close=false", "test");

        using var source = connection.CreateDataSource(new DatabaseSettings { MaxAutoPrepare = 40 });

        var used = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        Assert.Equal(0, used.MaxAutoPrepare);
        Assert.False(used.NoResetOnClose);
    }
}
