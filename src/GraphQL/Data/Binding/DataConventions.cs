using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Data.Paging;
using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>
/// Binds paged, filtered, sorted fields (HotChocolate's UsePaging + UseFiltering + UseSorting, as clients see
/// them) to queries. The SDL declares the field with the arguments it offers; the bindings generate the
/// types it refers to (see <c>Sdl/DataSdlStep</c>) and resolve it: the engine applies <c>where</c>,
/// <c>order</c> and the keyset page to the query and returns the connection.
/// </summary>
/// <example>
/// <code>
/// // SDL: people(first: Int, after: String, last: Int, before: String,
/// //             where: PersonFilterInput, order: [PersonSortInput!]): PeopleConnection
/// builder
///     .UseDataOptions(new DataOptions { MaxPageSize = settings.MaxPageSize })
///     .ResolveConnection("Query.people", Shapes.Person, context => Db(context).People.AsNoTracking());
/// </code>
/// </example>
public static class DataConventions
{
    /// <summary>Sets the page sizes, string matching and query runner of every connection of this builder.</summary>
    public static SchemaBuilder UseDataOptions(this SchemaBuilder builder, DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        DataRegistry.For(builder).Options = options;
        return builder;
    }

    /// <summary>
    /// Binds a connection field to a query: each request translates the field's arguments into a
    /// <see cref="PageRequest{TEntity}"/> and runs one page query on <paramref name="source"/>'s query (plus a
    /// count only when <c>totalCount</c> is selected). For a nested field, <paramref name="source"/> reads the
    /// parent from <see cref="IResolveFieldContext.Source"/> — one query per parent; to load the pages of many
    /// parents in one query, use <see cref="ResolveBatchedConnection"/>.
    /// </summary>
    public static SchemaBuilder ResolveConnection<TEntity>(
        this SchemaBuilder builder,
        string coordinate,
        EntityShape<TEntity> shape,
        Func<IResolveFieldContext, IQueryable<TEntity>> source,
        Action<ConnectionSettings<TEntity>>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return builder.ResolveConnection(coordinate, shape, context => Task.FromResult(source(context)), configure);
    }

    /// <summary>
    /// As <see cref="ResolveConnection{TEntity}(SchemaBuilder, string, EntityShape{TEntity}, Func{IResolveFieldContext, IQueryable{TEntity}}, Action{ConnectionSettings{TEntity}}?)"/>,
    /// for a source that has to be loaded before it can be queried — rows computed in memory (an aggregate after a privacy
    /// rule that needs whole groups, which no SQL filter may split): <paramref name="source"/> is awaited once per request,
    /// then <c>where</c>, <c>order</c> and the page apply to what it returns. For rows in memory the query runner must run
    /// LINQ to objects (<see cref="QueryRunner.Default"/> does).
    /// </summary>
    public static SchemaBuilder ResolveConnection<TEntity>(
        this SchemaBuilder builder,
        string coordinate,
        EntityShape<TEntity> shape,
        Func<IResolveFieldContext, Task<IQueryable<TEntity>>> source,
        Action<ConnectionSettings<TEntity>>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (registry, settings) = Declare(builder, coordinate, shape, configure);
        return builder.Resolve(coordinate, (_, _, errors) =>
        {
            if (!HasKey(shape, coordinate, errors))
            {
                return null;
            }

            return async context =>
            {
                // The arguments are checked (and bad ones refused) before the source is loaded.
                var guards = GuardsOf(registry, context);
                var request = Projected(PageRequest<TEntity>.Create(shape, context.Arguments, registry.Options, settings, guards), shape, context, guards);
                var rows = await source(context).ConfigureAwait(false);
                return await request.ExecuteAsync(rows, context.CancellationToken).ConfigureAwait(false);
            };
        });
    }

    /// <summary>
    /// Binds a nested connection field so that the pages of all parents at one level load in one query:
    /// the resolver of each parent queues its key in a DataLoader (one per field and arguments), and the batch
    /// selects, from <paramref name="parents"/>, the parents with those keys and each one's page of
    /// <paramref name="children"/> — filtered, after the cursors, ordered, limited (see <see cref="NestedPages"/>: a
    /// <c>LATERAL</c> subquery per parent; with <c>totalCount</c> selected, one projection that counts too).
    /// <paramref name="children"/> may use navigations or correlated queries (<c>p =&gt; db.Pairings.Where(x =&gt;
    /// x.SeniorId == p.Id)</c>); add the viewer's visibility rules there. To narrow the children's query to the batch's
    /// parents, use the overload that passes their keys.
    /// </summary>
    public static SchemaBuilder ResolveBatchedConnection<TParent, TKey, TEntity>(
        this SchemaBuilder builder,
        string coordinate,
        EntityShape<TEntity> shape,
        Expression<Func<TParent, TKey>> parentKey,
        Func<IResolveFieldContext, IQueryable<TParent>> parents,
        Func<IResolveFieldContext, Expression<Func<TParent, IEnumerable<TEntity>>>> children,
        Action<ConnectionSettings<TEntity>>? configure = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(children);
        return builder.ResolveBatchedConnection(coordinate, shape, parentKey, parents, (context, _) => children(context), configure);
    }

    /// <summary>
    /// As <see cref="ResolveBatchedConnection{TParent, TKey, TEntity}(SchemaBuilder, string, EntityShape{TEntity}, Expression{Func{TParent, TKey}}, Func{IResolveFieldContext, IQueryable{TParent}}, Func{IResolveFieldContext, Expression{Func{TParent, IEnumerable{TEntity}}}}, Action{ConnectionSettings{TEntity}}?)"/>,
    /// with the batch's parent keys given to <paramref name="children"/>, so that the children's query can be narrowed to
    /// those parents before it is paged (<c>p =&gt; sessions.Where(s =&gt; keys.Contains(s.PairingId)).Where(s =&gt; s.PairingId == p.Id)</c>).
    /// Where a page is read with a window function (with <c>totalCount</c>, or ordered through a related entity), the
    /// narrowing makes PostgreSQL number only the batch's rows (an index range) rather than every row of the table.
    /// </summary>
    public static SchemaBuilder ResolveBatchedConnection<TParent, TKey, TEntity>(
        this SchemaBuilder builder,
        string coordinate,
        EntityShape<TEntity> shape,
        Expression<Func<TParent, TKey>> parentKey,
        Func<IResolveFieldContext, IQueryable<TParent>> parents,
        Func<IResolveFieldContext, IReadOnlyList<TKey>, Expression<Func<TParent, IEnumerable<TEntity>>>> children,
        Action<ConnectionSettings<TEntity>>? configure = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(parentKey);
        ArgumentNullException.ThrowIfNull(parents);
        ArgumentNullException.ThrowIfNull(children);
        var (registry, settings) = Declare(builder, coordinate, shape, configure);
        var readKey = parentKey.Compile();
        return builder.Resolve(coordinate, (_, _, errors) =>
        {
            if (!HasKey(shape, coordinate, errors))
            {
                return null;
            }

            return async context =>
            {
                if (context.Source is not TParent parent)
                {
                    throw new InvalidOperationException($"{coordinate} is bound for parents of type {typeof(TParent).Name}, not {context.Source?.GetType().Name ?? "null"}.");
                }

                var request = Projected(PageRequest<TEntity>.Create(shape, context.Arguments, registry.Options, settings, GuardsOf(registry, context)), shape, context, joinGuards: null);
                var wanted = new NestedPageParts(
                    TotalCount: SelectionProbe.MaySelect(context, "totalCount"),
                    FarSide: SelectionProbe.MaySelect(context, "pageInfo"));
                var loader = context.DataLoaders.GetOrAdd<TKey, ParentPage<TKey, TEntity>>(
                    $"{coordinate}({ArgumentSignature.Of(context.Arguments)}){wanted}[{request.Projection?.Signature ?? "*"}]",
                    (keys, token) => NestedPages.LoadAsync(registry.Options.QueryRunner, parents(context), parentKey, children(context, keys), request, keys, wanted, token));
                var page = await loader.LoadAsync(readKey(parent)).ConfigureAwait(false);
                return NestedPages.ToConnection(request, page);
            };
        });
    }

    private static (DataRegistry Registry, ConnectionSettings<TEntity> Settings) Declare<TEntity>(
        SchemaBuilder builder, string coordinate, EntityShape<TEntity> shape, Action<ConnectionSettings<TEntity>>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(shape);
        var settings = new ConnectionSettings<TEntity>();
        configure?.Invoke(settings);
        var registry = DataRegistry.For(builder);
        registry.Connections.Add(new ConnectionDeclaration(coordinate, shape, settings.DefaultPageSize, settings.MaxPageSize));
        return (registry, settings);
    }

    /// <summary>
    /// The request loading only the columns the field's selection needs (see <see cref="EntityProjection{TEntity}"/>), and with
    /// <paramref name="joinGuards"/> the joinable related rows it selects (root pages; a batched page's rows are read inside a
    /// <c>LATERAL</c> subquery per parent, where its related rows still load through their own loaders).
    /// </summary>
    private static PageRequest<TEntity> Projected<TEntity>(PageRequest<TEntity> request, EntityShape<TEntity> shape, IResolveFieldContext context, NavigationGuards? joinGuards) =>
        request.Project(EntityProjection<TEntity>.For(shape, FieldSelection.OfNodes(context, shape.TypeName), request.Order.Select(k => k.Selector), joinGuards));

    /// <summary>The request's navigation guards, from the host (see <see cref="DataOptions.Guards"/>).</summary>
    private static NavigationGuards GuardsOf(DataRegistry registry, IResolveFieldContext context) =>
        registry.Options.Guards?.Invoke(context) ?? NavigationGuards.None;

    private static bool HasKey(EntityShape shape, string coordinate, List<SchemaError> errors)
    {
        if (shape.KeySelector is not null)
        {
            return true;
        }

        errors.Add(new SchemaError($"\"{coordinate}\" pages {shape.TypeName}, which declares no Key: every order ends with the entity's unique key."));
        return false;
    }
}
