using System.Linq.Expressions;
using MentorGraph.Api.Auth;
using MentorGraph.Api.Configuration;
using MentorGraph.Api.Data;
using MentorGraph.Api.Schema.Privacy;
using MentorGraph.Api.Schema.Viewer;
using MentorGraph.GraphQL.Data;
using MentorGraph.GraphQL.Execution;
using MentorGraph.Persistence;
using MentorGraph.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace MentorGraph.Api.Schema.Common;

/// <summary>
/// What a resolver of the domain reads and writes through, one per request (a scoped service): the request's
/// <see cref="MentorGraphDbContext"/>, the viewer — looked up once per request, on first use, by the token's email (or
/// found in <see cref="ViewerDirectory"/> when a recent request looked it up) —
/// and every query of an entity already narrowed to what the viewer may see (<see cref="Visible{T}"/>, the one
/// place <see cref="Visibility"/> is applied). Get it with <see cref="GetAsync"/>.
/// </summary>
public sealed class RequestData(
    MentorGraphDbContext db, AuthSettings auth, ViewerDirectory viewers, NotesSettings notes, PairingsSettings pairings, TimeProvider clock)
{
    private Task<ViewerInfo>? _viewer;
    private NavigationGuards? _guards;

    public MentorGraphDbContext Db => db;

    public NotesSettings Notes => notes;

    public PairingsSettings Pairings => pairings;

    public TimeProvider Clock => clock;

    /// <summary>The process's recent viewers (a mutation that gives or takes an email forgets it there).</summary>
    public ViewerDirectory Viewers => viewers;

    /// <summary>The viewer; valid after <see cref="GetAsync"/>.</summary>
    public ViewerInfo Viewer => _viewer is { IsCompletedSuccessfully: true } done ? done.Result : throw new InvalidOperationException("The viewer is not loaded yet: use RequestData.GetAsync.");

    /// <summary>The request's data, with its viewer loaded (one query per request, shared by every resolver).</summary>
    public static async ValueTask<RequestData> GetAsync(IResolveFieldContext context)
    {
        var data = Service(context);
        await data.LoadViewerAsync(ViewerUser.Of(context), context.CancellationToken).ConfigureAwait(false);
        return data;
    }

    /// <summary>
    /// The request's data for a synchronous step (the query of a connection is built before it runs). The HTTP
    /// pipeline loads the viewer before GraphQL runs (<c>ViewerLookup</c>); without it, this waits for the lookup.
    /// </summary>
    public static RequestData Of(IResolveFieldContext context)
    {
        var data = Service(context);
        var loading = data.LoadViewerAsync(ViewerUser.Of(context), context.CancellationToken);
        if (!loading.IsCompleted)
        {
            loading.GetAwaiter().GetResult();
        }

        return data;
    }

    /// <summary>Looks the viewer up once for the request (the HTTP pipeline calls it first; later calls share the result).</summary>
    public Task<ViewerInfo> LoadViewerAsync(System.Security.Claims.ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        lock (this)
        {
            return _viewer ??= Load(user, cancellationToken);
        }
    }

    /// <summary>Drops a failed lookup, so the next use tries again.</summary>
    public void ForgetViewer()
    {
        lock (this)
        {
            _viewer = null;
            _guards = null;
        }
    }

    private static RequestData Service(IResolveFieldContext context) =>
        (context.Services ?? throw new InvalidOperationException("The domain's resolvers need the request's services."))
        .GetRequiredService<RequestData>();

    /// <summary>The rows of <typeparamref name="T"/> the viewer may read, untracked: the start of every read.</summary>
    public IQueryable<T> Visible<T>()
        where T : class
    {
        var query = db.Set<T>().AsNoTracking();
        return Visibility.Rule<T>(Viewer) is { } rule ? query.Where(rule) : query;
    }

    /// <summary>The rows of <typeparamref name="T"/> the viewer may read, tracked: what a mutation loads to change.</summary>
    public IQueryable<T> VisibleForUpdate<T>()
        where T : class
    {
        var query = db.Set<T>().AsQueryable();
        return Visibility.Rule<T>(Viewer) is { } rule ? query.Where(rule) : query;
    }

    /// <summary>
    /// The viewer's rules as the engine's navigation guards (built once per request): every navigation of a client's
    /// <c>where</c> or <c>order</c> is narrowed to the related rows the viewer may read, as <see cref="Visible{T}"/>
    /// narrows the root. Valid after the viewer is loaded.
    /// </summary>
    public NavigationGuards Guards => LazyInitializer.EnsureInitialized(ref _guards, () => Visibility.Guards(Viewer));

    /// <summary>The visibility rule of <typeparamref name="T"/> as an expression, for composing into nested queries; null: every row.</summary>
    public Expression<Func<T, bool>>? Rule<T>() => Visibility.Rule<T>(Viewer);

    /// <summary>Runs <paramref name="work"/> on the context alone (see <see cref="EfQueryRunner"/>).</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        EfQueryRunner.RunAsync(db, work, cancellationToken);

    /// <summary>A list query through the context's gate.</summary>
    public Task<List<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        EfQueryRunner.Instance.ToListAsync(query, cancellationToken);

    private async Task<ViewerInfo> Load(System.Security.Claims.ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return ViewerInfo.Anonymous;
        }

        var email = ViewerInfo.EmailOf(user, auth);
        var roles = ViewerInfo.RolesOf(user, auth);
        long? personId = null;
        if (email is not null)
        {
            var lowered = email.ToLowerInvariant();
            if (!viewers.TryGet(lowered, out personId))
            {
                var generation = viewers.Generation;
                var ids = await RunAsync(
                    token => db.People.AsNoTracking().Where(p => p.Email.ToLower() == lowered).Select(p => (long?)p.Id).ToListAsync(token),
                    cancellationToken).ConfigureAwait(false);
                personId = ids.FirstOrDefault();
                viewers.Remember(lowered, personId, generation);
            }
        }

        return new ViewerInfo(email, personId, roles);
    }
}
