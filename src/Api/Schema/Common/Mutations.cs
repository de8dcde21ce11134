using MentorGraph.Api.Schema.Errors;
using MentorGraph.GraphQL.Conventions;
using MentorGraph.GraphQL.Execution;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Domain;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Common;

/// <summary>
/// The steps every mutation shares. A refusal ends the mutation by throwing <see cref="PayloadErrorException"/>
/// (the payload convention turns it into <c>errors</c>) before anything is written; what only the database can
/// refuse (a race for an email, a version changed meanwhile) comes back from <see cref="SaveAsync"/> as the same
/// typed errors, through <see cref="RuleViolationErrors"/>, with nothing written.
/// </summary>
public static class Mutations
{
    /// <summary>The request's data with a clean change tracker: an earlier refused mutation of the same request leaves nothing behind.</summary>
    public static async ValueTask<RequestData> StartAsync(IResolveFieldContext context)
    {
        var data = await RequestData.GetAsync(context).ConfigureAwait(false);
        data.Db.ChangeTracker.Clear();
        return data;
    }

    /// <summary>The viewer's person; a viewer outside the directory cannot act as one (<see cref="ForbiddenError"/>).</summary>
    public static long RequirePerson(RequestData data, string what) =>
        data.Viewer.PersonId
        ?? throw new PayloadErrorException(new ForbiddenError(null, $"Your sign-in is not linked to a person in the directory, so you cannot {what}."));

    /// <summary>
    /// The <typeparamref name="T"/> with global id <paramref name="id"/> that the viewer may see, tracked for
    /// change; a malformed or foreign id is a ValidationError, an unknown or invisible one a NotFoundError.
    /// </summary>
    public static async Task<T> LoadAsync<T>(RequestData data, string id, string typeName, string field, CancellationToken cancellationToken, Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : class
    {
        var key = Ids.ForInput(id, typeName, field);
        var query = data.VisibleForUpdate<T>().Where(e => EF.Property<long>(e, "Id") == key);
        if (include is not null)
        {
            query = include(query);
        }

        return await data.RunAsync(token => query.FirstOrDefaultAsync(token), cancellationToken).ConfigureAwait(false)
            ?? throw new PayloadErrorException(new NotFoundError(field, id, $"No {typeName} with the id \"{id}\" is yours to see."));
    }

    /// <summary>A stale <paramref name="expected"/> version ends the mutation with a ConflictError carrying the current one.</summary>
    public static void CheckVersion<T>(RequestData data, T entity, int expected)
        where T : class, IVersioned
    {
        if (entity.Version != expected)
        {
            throw new PayloadErrorException(ConflictError.Stale(entity.Version));
        }

        // The UPDATE matches the version the client read, so a change by someone else meanwhile is refused too.
        data.Db.ExpectVersion(entity, expected);
    }

    /// <summary>Ends the mutation with <paramref name="violation"/>, when there is one.</summary>
    public static void Refuse(RuleViolation? violation)
    {
        if (violation is not null)
        {
            throw RuleViolationErrors.Refuse(violation);
        }
    }

    /// <summary>Ends the mutation with these errors, when there are any.</summary>
    public static void Refuse(IReadOnlyCollection<PayloadError> errors)
    {
        if (errors.Count > 0)
        {
            throw new PayloadErrorException(errors);
        }
    }

    /// <summary>
    /// Saves the changes in one transaction. A database refusal becomes its payload error (for a stale version,
    /// with the current version of <paramref name="versioned"/>) and the change tracker is cleared: nothing written.
    /// </summary>
    public static async Task SaveAsync(RequestData data, CancellationToken cancellationToken, IVersioned? versioned = null)
    {
        try
        {
            await data.RunAsync(token => data.Db.SaveChangesAsync(token), cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.Translate(exception) is { } violation)
        {
            int? current = null;
            if (violation.Kind == RuleViolationKind.StaleVersion && versioned is not null)
            {
                current = await CurrentVersionAsync(data, versioned, cancellationToken).ConfigureAwait(false);
            }

            data.Db.ChangeTracker.Clear();
            throw RuleViolationErrors.Refuse(violation, current);
        }
    }

    private static async Task<int?> CurrentVersionAsync(RequestData data, IVersioned entity, CancellationToken cancellationToken)
    {
        var entry = data.Db.Entry(entity);
        var key = (long)entry.Property("Id").CurrentValue!;
        // The table name comes from the model, never from input; the key is a parameter.
        var sql = "SELECT version AS \"Value\" FROM " + entry.Metadata.GetTableName() + " WHERE id = {0}";
        var versions = await data.RunAsync(
            token => data.Db.Database.SqlQueryRaw<int>(sql, key).ToListAsync(token),
            cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[0];
    }
}
