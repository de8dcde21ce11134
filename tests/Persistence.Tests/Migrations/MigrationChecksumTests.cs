using MentorGraph.Persistence.Migrations;

namespace MentorGraph.Persistence.Tests.Migrations;

public sealed class MigrationChecksumTests
{
    [Fact]
    public void Of_Text_IsLowercaseHexSha256()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", MigrationChecksum.Of("abc"));
    }

    [Fact]
    public void Of_CrLfOrCrLineEndings_SameAsLf()
    {
        var lf = MigrationChecksum.Of("CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");
        Assert.Equal(lf, MigrationChecksum.Of("CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n"));
        Assert.Equal(lf, MigrationChecksum.Of("CREATE TABLE a (id int);\rCREATE TABLE b (id int);\r"));
    }

    [Fact]
    public void Of_OneCharacterChanged_Differs()
    {
        Assert.NotEqual(MigrationChecksum.Of("CREATE TABLE a (id int);"), MigrationChecksum.Of("CREATE TABLE a (id bigint);"));
    }
}
