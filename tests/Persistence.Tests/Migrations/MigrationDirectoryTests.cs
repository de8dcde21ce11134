using MentorGraph.Persistence.Migrations;
using MentorGraph.Tests.Support;

namespace MentorGraph.Persistence.Tests.Migrations;

public sealed class MigrationDirectoryTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_Files_OrderedByVersionNumberWithNameAndChecksum()
    {
        folder.Write("0010_add_notes.sql", "CREATE TABLE notes (id int);");
        folder.Write("0002_add_people.sql", "CREATE TABLE people (id int);");
        folder.Write("00009_add_sessions.sql", "CREATE TABLE sessions (id int);");

        var migrations = MigrationDirectory.Load(folder.Path);

        Assert.Equal([2L, 9L, 10L], migrations.Select(m => m.Version));
        Assert.Equal(["add_people", "add_sessions", "add_notes"], migrations.Select(m => m.Name));
        Assert.Equal("0002_add_people.sql", migrations[0].FileName);
        Assert.Equal("CREATE TABLE people (id int);", migrations[0].Sql);
        Assert.Equal(MigrationChecksum.Of("CREATE TABLE people (id int);"), migrations[0].Checksum);
    }

    [Fact]
    public void Load_NonSqlFiles_AreIgnored()
    {
        folder.Write("README.md", "# conventions");
        folder.Write("0001_init.sql", "SELECT 1;");

        var migrations = MigrationDirectory.Load(folder.Path);

        Assert.Equal("0001_init.sql", Assert.Single(migrations).FileName);
    }

    [Fact]
    public void Load_EmptyFolder_NoMigrations()
    {
        Assert.Empty(MigrationDirectory.Load(folder.Path));
    }

    [Theory]
    [InlineData("001_too_few_digits.sql")]
    [InlineData("0001-dash.sql")]
    [InlineData("0001_Upper_Case.sql")]
    [InlineData("0001_.sql")]
    [InlineData("init.sql")]
    [InlineData("0001_two__underscores.sql")]
    public void Load_MalformedFileName_ThrowsNamingTheFile(string fileName)
    {
        folder.Write(fileName, "SELECT 1;");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains($"'{fileName}' is not named NNNN_description.sql", error.Message);
    }

    [Fact]
    public void Load_VersionZero_Throws()
    {
        folder.Write("0000_nothing.sql", "SELECT 1;");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains("'0000_nothing.sql' has version 0", error.Message);
    }

    [Fact]
    public void Load_SameVersionTwice_ThrowsNamingBothFiles()
    {
        folder.Write("0002_add_people.sql", "SELECT 1;");
        folder.Write("0002_add_programs.sql", "SELECT 2;");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains("version 2 is used by more than one file: '0002_add_people.sql', '0002_add_programs.sql'", error.Message);
    }

    [Fact]
    public void Load_SameVersionWithDifferentPadding_IsADuplicate()
    {
        folder.Write("0007_a.sql", "SELECT 1;");
        folder.Write("00007_b.sql", "SELECT 2;");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains("version 7 is used by more than one file", error.Message);
    }

    [Fact]
    public void Load_WhitespaceOnlyFile_Throws()
    {
        folder.Write("0001_blank.sql", "  \n\t\n");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains("'0001_blank.sql' is empty", error.Message);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllOfThem()
    {
        folder.Write("bad.sql", "SELECT 1;");
        folder.Write("0001_blank.sql", "");
        folder.Write("0003_a.sql", "SELECT 1;");
        folder.Write("0003_b.sql", "SELECT 1;");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(folder.Path));

        Assert.Contains("has 3 problem(s)", error.Message);
        Assert.Contains("'bad.sql'", error.Message);
        Assert.Contains("'0001_blank.sql' is empty", error.Message);
        Assert.Contains("version 3 is used by more than one file", error.Message);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingIt()
    {
        var missing = Path.Combine(folder.Path, "nope");

        var error = Assert.Throws<MigrationException>(() => MigrationDirectory.Load(missing));

        Assert.Equal($"Migrations folder '{missing}' does not exist.", error.Message);
    }
}
