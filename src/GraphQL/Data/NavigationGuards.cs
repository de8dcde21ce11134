using System.Linq.Expressions;

namespace MentorGraph.GraphQL.Data;

/// <summary>
/// Which rows of each entity type one request may see when a filter or an order reaches them through a related
/// object or a collection (<c>lessons(where: { pairing: { status: { eq: ACTIVE } } })</c>, <c>sessions(where: {
/// notes: { some: { ... } } })</c>). The host narrows the root of every query to the rows the viewer may read,
/// but a filter that navigates would otherwise test conditions on related rows the viewer may not read, and learn
/// their values one question at a time. With guards, the translators combine every navigation with its entity
/// type's guard, however deep the filter goes:
/// <list type="bullet">
/// <item>a related object: <c>nav != null &amp;&amp; guard(nav) &amp;&amp; filter(nav)</c> — an object the viewer may not see
/// matches no condition, as a missing one does;</item>
/// <item>a collection: <c>nav.Where(guard).Any(filter)</c> (<c>some</c>, <c>none</c>, <c>any</c>) and
/// <c>nav.Where(guard).All(filter)</c> — only the elements the viewer may see count;</item>
/// <item>an order through a related object: <c>nav != null &amp;&amp; guard(nav) ? nav.field : null</c> — an object the viewer
/// may not see sorts as a missing one, so neither the order nor the cursor (which holds the order's values) tells
/// anything about it.</item>
/// </list>
/// The host builds one per request (the guards usually depend on the viewer) and hands it to the engine through
/// <see cref="DataOptions.Guards"/>; the engine knows nothing of the rules themselves. A type without a guard is
/// seen whole. Add every guard before the request's queries are built; reading is then safe from any thread.
/// </summary>
public sealed class NavigationGuards
{
    private readonly Dictionary<Type, LambdaExpression> _guards = [];

    /// <summary>No guards: every related row is seen (the default when the host supplies none).</summary>
    public static NavigationGuards None { get; } = new();

    /// <summary>True when no type is guarded.</summary>
    public bool IsEmpty => _guards.Count == 0;

    /// <summary>
    /// Guards <typeparamref name="TEntity"/> with <paramref name="guard"/>, the predicate the request's rows of that type
    /// must satisfy to be seen; null means every row is seen (e.g. an administrator's request), which adds nothing.
    /// The predicate is inlined into the filter's expression tree, so it must be one the query provider translates.
    /// </summary>
    public NavigationGuards Add<TEntity>(Expression<Func<TEntity, bool>>? guard)
    {
        if (ReferenceEquals(this, None))
        {
            throw new InvalidOperationException("NavigationGuards.None is shared: make a new NavigationGuards to add guards to.");
        }

        if (guard is not null && !_guards.TryAdd(typeof(TEntity), guard))
        {
            throw new ArgumentException($"{typeof(TEntity).Name} is guarded twice.", nameof(guard));
        }

        return this;
    }

    /// <summary>The guard of <paramref name="entityType"/> (<c>e =&gt; bool</c>), or null when its rows are all seen.</summary>
    public LambdaExpression? For(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return _guards.GetValueOrDefault(entityType);
    }

    /// <summary><paramref name="entityType"/>'s guard applied to <paramref name="target"/> (an expression of that type); null without a guard.</summary>
    internal Expression? Test(Type entityType, Expression target) =>
        For(entityType) is { } guard ? DataExpressions.Inline(guard, target) : null;
}
