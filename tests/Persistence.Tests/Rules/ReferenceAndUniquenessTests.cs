using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>Foreign keys, case-insensitive uniqueness of emails and department names, and the other CHECKs of people and programs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReferenceAndUniquenessTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Person_EmailTakenInAnotherCase_RefusedAsConflictOnEmail()
    {
        var existing = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(new Person { Name = "Twin", Email = existing.Email.ToUpperInvariant(), Band = Band.Junior });

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.UniqueViolation, RuleViolationKind.Conflict);
        Assert.Equal((DatabaseConstraints.PersonEmailUnique, "email"), (violation.Rule, violation.Field));
    }

    [Fact]
    public async Task Department_NameTakenInAnotherCase_RefusedAsConflictOnName()
    {
        var existing = await data.DepartmentAsync();

        var error = await data.SaveRefusedAsync(new Department { Name = existing.Name.ToLowerInvariant() });

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.UniqueViolation, RuleViolationKind.Conflict);
        Assert.Equal((DatabaseConstraints.DepartmentNameUnique, "name"), (violation.Rule, violation.Field));
    }

    [Fact]
    public async Task Person_InAMissingDepartment_RefusedAsMissingReferenceOnDepartmentId()
    {
        var error = await data.SaveRefusedAsync(new Person { Name = "Lost", Email = TestData.Unique("lost") + "@example.com", Band = Band.Mid, DepartmentId = 999_999 });

        Assert.Equal("departmentId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Fact]
    public async Task Pairing_InAMissingProgram_RefusedAsMissingReferenceOnProgramId()
    {
        var senior = await data.PersonAsync(Band.Executive);
        var junior = await data.PersonAsync(Band.Junior);

        var error = await data.SaveRefusedAsync(TestData.NewPairing(999_999, senior.Id, junior.Id, PairingStatus.Proposed));

        Assert.Equal("programId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Fact]
    public async Task Pairing_WithAMissingJunior_RefusedAsMissingReferenceOnJuniorId()
    {
        var senior = await data.PersonAsync(Band.Executive);
        var program = await data.ProgramAsync();

        var error = await data.SaveRefusedAsync(TestData.NewPairing(program.Id, senior.Id, 999_999, PairingStatus.Proposed));

        Assert.Equal("juniorId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Fact]
    public async Task Session_OfAMissingPairing_RefusedAsMissingReference()
    {
        var error = await data.SaveRefusedAsync(new Session { PairingId = 999_999, ScheduledAt = DateTimeOffset.UtcNow, DurationMinutes = 30, Format = SessionFormat.Video });

        Assert.Equal("pairingId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Fact]
    public async Task Note_OnAMissingSession_RefusedAsMissingReference()
    {
        var person = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(new SessionNote { SessionId = 999_999, AuthorId = person.Id, Text = "x", Visibility = NoteVisibility.Pair });

        Assert.Equal("sessionId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Fact]
    public async Task PersonTopic_UnknownTopic_RefusedAsMissingReference()
    {
        var person = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(new PersonCanTeach { PersonId = person.Id, TopicId = "KNITTING" });

        Assert.Equal("topicId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData(" padded@example.com")]
    [InlineData("two@@example.com")]
    public async Task Person_MalformedEmail_RefusedByCheck(string email)
    {
        var error = await data.SaveRefusedAsync(new Person { Name = "Odd", Email = email, Band = Band.Mid });

        Assert.Equal("people_email_format", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Person_InactiveWithoutDeactivatedAt_RefusedByCheck()
    {
        var error = await data.SaveRefusedAsync(new Person { Name = "Gone", Email = TestData.Unique("gone") + "@example.com", Band = Band.Mid, Active = false });

        Assert.Equal("people_deactivated_at_when_inactive", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Program_EndingBeforeItStarts_RefusedByCheck()
    {
        var error = await data.SaveRefusedAsync(new MentoringProgram
        {
            Name = "Backwards",
            StartsOn = new DateOnly(2025, 6, 1),
            EndsOn = new DateOnly(2025, 5, 31),
            DefaultCadence = Cadence.Monthly,
        });

        var violation = Refusal.AssertViolation(error, PostgresErrorCodes.CheckViolation, RuleViolationKind.Invalid);
        Assert.Equal("programs_ends_after_start", violation.Rule);
    }

    [Fact]
    public async Task Department_BlankName_RefusedByCheck()
    {
        var error = await data.SaveRefusedAsync(new Department { Name = "   " });

        Assert.Equal("departments_name_not_blank", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }
}
