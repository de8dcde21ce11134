using System.Security.Cryptography;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MentorGraph.Persistence.Models;

/// <summary>
/// The classifier's versions in <c>classifier_models</c>: store, load, list, activate. Knows bytes, not
/// models — the host turns them into classifiers with Analytics' ModelPackage. Every method is one short
/// transaction on its own connection from <paramref name="dataSource"/>, so a singleton may use it from any
/// thread. At most one model is ACTIVE at a time (the partial unique index; the methods that change it
/// lock the active row, or take <see cref="FirstModelLockKey"/>, first).
/// </summary>
public sealed class ModelStore(NpgsqlDataSource dataSource)
{
    /// <summary>The transaction-level advisory lock under which the first model is stored ("MGMODL").</summary>
    public const long FirstModelLockKey = 0x4D474D4F444C;

    /// <summary>The version of the ACTIVE model, or null when there is none — one index lookup, cheap to poll.</summary>
    public async Task<string?> GetActiveVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT version FROM classifier_models WHERE status = 'ACTIVE'");
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>A model with its package; null when no model has that version.</summary>
    public async Task<ClassifierModel?> LoadAsync(string version, CancellationToken cancellationToken = default)
    {
        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        return await db.ClassifierModels.AsNoTracking().SingleOrDefaultAsync(m => m.Version == version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every model without its package (<see cref="ClassifierModel.Package"/> is empty), newest first.</summary>
    public async Task<IReadOnlyList<ClassifierModel>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        return await db.ClassifierModels.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Version)
            .Select(WithoutPackage)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ACTIVE model without its package; null when there is none.</summary>
    public async Task<ClassifierModel?> GetActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        return await db.ClassifierModels.AsNoTracking()
            .Where(m => m.Status == ModelStatus.Active)
            .Select(WithoutPackage)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the model has development-set scores; true when no model has that version (nothing to score).</summary>
    public async Task<bool> HasDevelopmentScoresAsync(string version, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT dev_topic_macro_f1 IS NOT NULL FROM classifier_models WHERE version = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as bool? ?? true;
    }

    /// <summary>
    /// Gives a model stored without development-set scores (the built-in model of a database from before they were
    /// recorded) its scores; a model that has some keeps them. Returns whether it wrote them.
    /// </summary>
    public async Task<bool> SetDevelopmentScoresAsync(string version, StoredScores scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        await using var command = dataSource.CreateCommand("""
            UPDATE classifier_models SET dev_topic_macro_f1 = $2, dev_direction_accuracy = $3, dev_notes = $4
            WHERE version = $1 AND dev_topic_macro_f1 IS NULL
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = version });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = scores.TopicMacroF1 });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = scores.DirectionAccuracy });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = scores.Notes });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Stores <paramref name="first"/> as the ACTIVE model when there is no ACTIVE model; otherwise does
    /// nothing. Safe when several processes start at once: they take a transaction-level advisory lock and
    /// look again, so one stores it and the others find it. <paramref name="first"/> is called only when needed.
    /// </summary>
    /// <returns>The version that is active afterwards, and whether this call stored it.</returns>
    public async Task<(string Version, bool Stored)> EnsureActiveAsync(Func<NewModel> first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        if (await GetActiveVersionAsync(cancellationToken).ConfigureAwait(false) is { } active)
        {
            return (active, false);
        }

        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({FirstModelLockKey})", cancellationToken).ConfigureAwait(false);
        var current = await db.ClassifierModels.Where(m => m.Status == ModelStatus.Active).Select(m => m.Version)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return (current, false);
        }

        var model = first();
        var existing = await db.ClassifierModels.SingleOrDefaultAsync(m => m.Version == model.Version, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            // The same model was stored before and later retired or rejected: it becomes active again.
            existing.Status = ModelStatus.Active;
            existing.ActivatedAt = DateTimeOffset.UtcNow;
            existing.RetiredAt = null;
            existing.Reason = model.Reason;
        }
        else
        {
            db.ClassifierModels.Add(ToEntity(model, ModelStatus.Active, DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (model.Version, true);
    }

    /// <summary>Stores a challenger the activation rule rejected (status REJECTED, with its reason and scores).</summary>
    public async Task AddRejectedAsync(NewModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        db.ClassifierModels.Add(ToEntity(model, ModelStatus.Rejected, activatedAt: null));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a challenger that beat <see cref="NewModel.ComparedWith"/> and makes it the ACTIVE model,
    /// retiring that one, in one transaction (a model stored before under the same version is made active again). When another model became active meanwhile (the challenger was
    /// judged against a model no longer in use), the challenger is stored REJECTED instead, saying so.
    /// </summary>
    /// <returns>Whether the challenger was activated.</returns>
    public async Task<bool> AddActiveAsync(NewModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await using var db = MentorGraphDatabase.CreateContext(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The lock on the active row makes concurrent activations take turns; the second sees the first's result.
        var active = (await db.Database
            .SqlQueryRaw<string>("SELECT version AS \"Value\" FROM classifier_models WHERE status = 'ACTIVE' FOR UPDATE")
            .ToListAsync(cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        if (active != model.ComparedWith)
        {
            if (await db.ClassifierModels.AnyAsync(m => m.Version == model.Version, cancellationToken).ConfigureAwait(false))
            {
                // Stored already (another process made the same change first): nothing to add.
                return false;
            }

            var reason = $"Rejected: it was judged against {model.ComparedWith ?? "no model"}, but {active ?? "no model"} became active meanwhile. ({model.Reason})";
            db.ClassifierModels.Add(ToEntity(model with { Reason = reason }, ModelStatus.Rejected, activatedAt: null));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        var now = DateTimeOffset.UtcNow;
        if (active is not null)
        {
            await db.ClassifierModels.Where(m => m.Version == active).ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, ModelStatus.Retired).SetProperty(m => m.RetiredAt, now)
                    .SetProperty(m => m.Reason, m => m.Reason + " Retired: " + model.Version + " replaced it."),
                cancellationToken).ConfigureAwait(false);
        }

        var existing = await db.ClassifierModels.SingleOrDefaultAsync(m => m.Version == model.Version, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.ClassifierModels.Add(ToEntity(model, ModelStatus.Active, now));
        }
        else
        {
            // The same model was stored before (the built-in model, retired earlier): it becomes active again.
            (existing.Status, existing.ActivatedAt, existing.RetiredAt, existing.Reason, existing.ComparedWith) =
                (ModelStatus.Active, now, null, model.Reason, model.ComparedWith);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static readonly System.Linq.Expressions.Expression<Func<ClassifierModel, ClassifierModel>> WithoutPackage = m => new ClassifierModel
    {
        Version = m.Version,
        PackageSha256 = m.PackageSha256,
        Metadata = m.Metadata,
        TrainingNotes = m.TrainingNotes,
        PersonLabels = m.PersonLabels,
        Status = m.Status,
        Reason = m.Reason,
        DevTopicMacroF1 = m.DevTopicMacroF1,
        DevDirectionAccuracy = m.DevDirectionAccuracy,
        DevNotes = m.DevNotes,
        HeldOutTopicMacroF1 = m.HeldOutTopicMacroF1,
        HeldOutDirectionAccuracy = m.HeldOutDirectionAccuracy,
        HeldOutNotes = m.HeldOutNotes,
        ComparedWith = m.ComparedWith,
        CreatedAt = m.CreatedAt,
        ActivatedAt = m.ActivatedAt,
        RetiredAt = m.RetiredAt,
    };

    private static ClassifierModel ToEntity(NewModel model, ModelStatus status, DateTimeOffset? activatedAt) => new()
    {
        Version = model.Version,
        Package = model.Package,
        PackageSha256 = Convert.ToHexStringLower(SHA256.HashData(model.Package)),
        Metadata = model.Metadata,
        TrainingNotes = model.TrainingNotes,
        PersonLabels = model.PersonLabels,
        Status = status,
        Reason = model.Reason,
        DevTopicMacroF1 = model.Development?.TopicMacroF1,
        DevDirectionAccuracy = model.Development?.DirectionAccuracy,
        DevNotes = model.Development?.Notes,
        HeldOutTopicMacroF1 = model.HeldOut?.TopicMacroF1,
        HeldOutDirectionAccuracy = model.HeldOut?.DirectionAccuracy,
        HeldOutNotes = model.HeldOut?.Notes,
        ComparedWith = model.ComparedWith,
        CreatedAt = DateTimeOffset.UtcNow,
        ActivatedAt = activatedAt,
    };
}
