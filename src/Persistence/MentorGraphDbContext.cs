using MentorGraph.Persistence.Configuration;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Persistence;

/// <summary>
/// The EF Core model of the mentoring domain. It maps onto the schema that <c>db/migrations</c> builds
/// (EF never creates or migrates it; a test compares the two), with snake_case names and enums as their
/// UPPER_SNAKE texts. Create its options with <see cref="MentorGraphDatabase"/>.
/// <para>
/// Saving is the one place where versions move: every modified <see cref="IVersioned"/> row gets
/// <c>version + 1</c> and a new <c>updated_at</c>, and is updated only where the version is still the one
/// read (otherwise <see cref="DbUpdateConcurrencyException"/> and nothing changes).
/// </para>
/// </summary>
public sealed class MentorGraphDbContext(DbContextOptions<MentorGraphDbContext> options) : DbContext(options)
{
    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonCanTeach> PersonCanTeach => Set<PersonCanTeach>();

    public DbSet<PersonWantsToLearn> PersonWantsToLearn => Set<PersonWantsToLearn>();

    public DbSet<MentoringProgram> Programs => Set<MentoringProgram>();

    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<PairingStatusChange> PairingStatusChanges => Set<PairingStatusChange>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<SessionNote> SessionNotes => Set<SessionNote>();

    public DbSet<SessionFeedback> SessionFeedback => Set<SessionFeedback>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<NoteRead> NoteReads => Set<NoteRead>();

    public DbSet<NoteClassificationResult> NoteClassifications => Set<NoteClassificationResult>();

    public DbSet<NoteEmbeddingRecord> NoteEmbeddings => Set<NoteEmbeddingRecord>();

    public DbSet<ClassificationOutboxEntry> ClassificationOutbox => Set<ClassificationOutboxEntry>();

    public DbSet<ClassificationTriggerRow> ClassificationTriggers => Set<ClassificationTriggerRow>();

    public DbSet<ClassifierModel> ClassifierModels => Set<ClassifierModel>();

    public DbSet<NoteLabel> NoteLabels => Set<NoteLabel>();

    /// <summary>
    /// Makes the next save of <paramref name="entity"/> succeed only if its row still has
    /// <paramref name="expectedVersion"/> — the version the client last read — instead of the one loaded now.
    /// </summary>
    public void ExpectVersion<T>(T entity, int expectedVersion)
        where T : class, IVersioned
        => Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<Band>().HaveConversion<EnumTextConverter<Band>>();
        configuration.Properties<Cadence>().HaveConversion<EnumTextConverter<Cadence>>();
        configuration.Properties<PairingStatus>().HaveConversion<EnumTextConverter<PairingStatus>>();
        configuration.Properties<SessionStatus>().HaveConversion<EnumTextConverter<SessionStatus>>();
        configuration.Properties<SessionFormat>().HaveConversion<EnumTextConverter<SessionFormat>>();
        configuration.Properties<NoteVisibility>().HaveConversion<EnumTextConverter<NoteVisibility>>();
        configuration.Properties<LessonVisibility>().HaveConversion<EnumTextConverter<LessonVisibility>>();
        configuration.Properties<LabelSource>().HaveConversion<EnumTextConverter<LabelSource>>();
        configuration.Properties<LearningDirection>().HaveConversion<EnumTextConverter<LearningDirection>>();
        configuration.Properties<NoteDirection>().HaveConversion<EnumTextConverter<NoteDirection>>();
        configuration.Properties<ModelStatus>().HaveConversion<EnumTextConverter<ModelStatus>>();
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(MentorGraphDbContext).Assembly);

    /// <summary>
    /// Raises the version of every modified versioned row by one from the version it was read with (the
    /// concurrency token's original value, which the UPDATE's WHERE checks), and stamps updated_at.
    /// </summary>
    private void StampVersions()
    {
        ChangeTracker.DetectChanges();
        var now = DateTimeOffset.UtcNow;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
            entry.Property(e => e.UpdatedAt).CurrentValue = now;
        }
    }
}
