using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using MentorGraph.Persistence.Tests.Support;
using MentorGraph.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence.Tests.Rules;

/// <summary>
/// Lessons: teacher and learner are the pairing's two participants (MG003), the session is the pairing's
/// (MG005), the direction follows from who taught (MG006), a topic comes with its source.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LessonRulesTests(MigratedDatabaseFixture database) : IClassFixture<MigratedDatabaseFixture>
{
    private readonly TestData data = new(database);

    [Fact]
    public async Task Lesson_TaughtBySenior_DerivedDownwardAndAccepted()
    {
        var pairing = await data.PairingAsync();
        var lesson = NewLesson();

        Assert.Null(LessonRules.AssignTeacher(lesson, pairing, pairing.SeniorId));
        await using var db = data.NewContext();
        db.Lessons.Add(lesson);
        await db.SaveChangesAsync();

        Assert.Equal((pairing.JuniorId, LearningDirection.Downward), (lesson.LearnerId, lesson.Direction));
    }

    [Fact]
    public async Task Lesson_TaughtByJunior_DerivedUpwardAndAccepted()
    {
        var pairing = await data.PairingAsync();
        var lesson = NewLesson();

        Assert.Null(LessonRules.AssignTeacher(lesson, pairing, pairing.JuniorId));
        await using var db = data.NewContext();
        db.Lessons.Add(lesson);
        await db.SaveChangesAsync();

        Assert.Equal((pairing.SeniorId, LearningDirection.Upward), (lesson.LearnerId, lesson.Direction));
    }

    [Fact]
    public async Task Lesson_TeacherOutsideThePairing_RefusedWithNotAParticipant_AndCodeSaysTheSame()
    {
        var pairing = await data.PairingAsync();
        var outsider = await data.PersonAsync(Band.Mid);
        var lesson = NewLesson(pairing, teacherId: outsider.Id, learnerId: pairing.JuniorId, LearningDirection.Downward);

        var error = await data.SaveRefusedAsync(lesson);

        Assert.Equal("teacherId", Refusal.AssertViolation(error, DatabaseRuleViolations.NotAParticipant, RuleViolationKind.Invalid).Field);
        Assert.Equal("teacherId", LessonRules.AssignTeacher(NewLesson(), pairing, outsider.Id)!.Field);
    }

    [Fact]
    public async Task Lesson_LearnerOutsideThePairing_RefusedWithNotAParticipant()
    {
        var pairing = await data.PairingAsync();
        var outsider = await data.PersonAsync(Band.Mid);

        var error = await data.SaveRefusedAsync(NewLesson(pairing, teacherId: pairing.SeniorId, learnerId: outsider.Id, LearningDirection.Downward));

        Assert.Equal("learnerId", Refusal.AssertViolation(error, DatabaseRuleViolations.NotAParticipant, RuleViolationKind.Invalid).Field);
    }

    [Fact]
    public async Task Lesson_TeacherAlsoLearner_RefusedByCheck()
    {
        var pairing = await data.PairingAsync();

        var error = await data.SaveRefusedAsync(NewLesson(pairing, teacherId: pairing.SeniorId, learnerId: pairing.SeniorId, LearningDirection.Downward));

        Assert.Equal("lessons_teacher_is_not_learner", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Theory]
    [InlineData(true, LearningDirection.Downward)]
    [InlineData(false, LearningDirection.Upward)]
    public async Task Lesson_DirectionNotFollowingFromTheTeacher_RefusedWithDirectionMismatch(bool juniorTeaches, LearningDirection wrong)
    {
        var pairing = await data.PairingAsync();
        var (teacher, learner) = juniorTeaches ? (pairing.JuniorId, pairing.SeniorId) : (pairing.SeniorId, pairing.JuniorId);

        var error = await data.SaveRefusedAsync(NewLesson(pairing, teacher, learner, wrong));

        Assert.Equal("direction", Refusal.AssertViolation(error, DatabaseRuleViolations.LessonDirectionMismatch, RuleViolationKind.Invalid).Field);
    }

    [Fact]
    public async Task Lesson_InASessionOfAnotherPairing_RefusedWithSessionOfAnotherPairing_AndCodeSaysTheSame()
    {
        var pairing = await data.PairingAsync();
        var otherSession = await data.SessionAsync(await data.PairingAsync());
        var lesson = NewLesson(pairing, pairing.SeniorId, pairing.JuniorId, LearningDirection.Downward);
        lesson.SessionId = otherSession.Id;

        var error = await data.SaveRefusedAsync(lesson);

        Assert.Equal("sessionId", Refusal.AssertViolation(error, DatabaseRuleViolations.LessonSessionOfAnotherPairing, RuleViolationKind.Invalid).Field);
        Assert.Equal(DatabaseRuleViolations.LessonSessionOfAnotherPairing, LessonRules.CheckSession(pairing, otherSession)!.Rule);
    }

    [Fact]
    public async Task Lesson_InASessionOfItsPairing_Accepted()
    {
        var pairing = await data.PairingAsync();
        var session = await data.SessionAsync(pairing);
        var lesson = NewLesson(pairing, pairing.SeniorId, pairing.JuniorId, LearningDirection.Downward);
        lesson.SessionId = session.Id;

        Assert.Null(LessonRules.CheckSession(pairing, session));
        await using var db = data.NewContext();
        db.Lessons.Add(lesson);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Lesson_ChangingTheTeacherWithoutTheDirection_RefusedWithDirectionMismatch()
    {
        var pairing = await data.PairingAsync();
        await using var db = data.NewContext();
        var lesson = NewLesson(pairing, pairing.SeniorId, pairing.JuniorId, LearningDirection.Downward);
        db.Lessons.Add(lesson);
        await db.SaveChangesAsync();

        (lesson.TeacherId, lesson.LearnerId) = (pairing.JuniorId, pairing.SeniorId);
        var error = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Refusal.AssertViolation(error, DatabaseRuleViolations.LessonDirectionMismatch, RuleViolationKind.Invalid);
    }

    [Fact]
    public async Task Lesson_TopicWithoutSource_RefusedByCheck()
    {
        var pairing = await data.PairingAsync();
        var lesson = NewLesson(pairing, pairing.SeniorId, pairing.JuniorId, LearningDirection.Downward);
        lesson.TopicId = "LEADERSHIP";

        var error = await data.SaveRefusedAsync(lesson);

        Assert.Equal("lessons_topic_and_source_together", Refusal.AssertSqlState(error, PostgresErrorCodes.CheckViolation).ConstraintName);
    }

    [Fact]
    public async Task Lesson_UnknownTopic_RefusedAsMissingReference()
    {
        var pairing = await data.PairingAsync();
        var lesson = NewLesson(pairing, pairing.SeniorId, pairing.JuniorId, LearningDirection.Downward);
        (lesson.TopicId, lesson.TopicSource) = ("ASTROLOGY", LabelSource.Person);

        var error = await data.SaveRefusedAsync(lesson);

        Assert.Equal("topicId", Refusal.AssertViolation(error, PostgresErrorCodes.ForeignKeyViolation, RuleViolationKind.MissingReference).Field);
    }

    private static Lesson NewLesson() => new() { Title = "Pivot tables", Visibility = LessonVisibility.Pair };

    private static Lesson NewLesson(Pairing pairing, long teacherId, long learnerId, LearningDirection direction) => new()
    {
        PairingId = pairing.Id,
        TeacherId = teacherId,
        LearnerId = learnerId,
        Direction = direction,
        Title = "Pivot tables",
        Visibility = LessonVisibility.Pair,
    };
}
