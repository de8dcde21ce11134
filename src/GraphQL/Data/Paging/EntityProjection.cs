using System.Linq.Expressions;
using System.Reflection;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// The columns a page loads for its selection: <c>e =&gt; new TEntity { Key = e.Key, Member = e.Member, … }</c>, which a SQL
/// provider (EF Core) translates into a SELECT of only those columns. The members are the key, those the order reads on the
/// entity itself (a batched page repeats its order outside its subquery, through the loaded row), and those each selected
/// field reads (see <see cref="EntityShape.ReadsOf"/>). Any selected field whose reads are unknown — or a selection the probe
/// cannot see through (a named fragment) — loads the whole row: a resolver must never read a member that was left at its default.
/// Row visibility and filters apply to the entity before this projection, so they need none of its members loaded.
/// </summary>
public sealed class EntityProjection<TEntity>
{
    private EntityProjection(Expression<Func<TEntity, TEntity>> selector, string signature)
    {
        Selector = selector;
        Signature = signature;
    }

    /// <summary><c>e =&gt; new TEntity { … }</c>.</summary>
    public Expression<Func<TEntity, TEntity>> Selector { get; }

    /// <summary>The loaded members' names, sorted: part of a batch loader's name, so that selections of different columns never share a batch.</summary>
    public string Signature { get; }

    /// <summary>
    /// The projection for a page of <paramref name="shape"/> whose nodes select <paramref name="selectedFields"/> (null: not known),
    /// in <paramref name="order"/>; null when the whole row is needed.
    /// </summary>
    public static EntityProjection<TEntity>? For(EntityShape<TEntity> shape, IReadOnlyCollection<string>? selectedFields, IEnumerable<LambdaExpression> order)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(order);
        if (selectedFields is null || shape.KeySelector is null || typeof(TEntity).GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var members = new HashSet<PropertyInfo>();
        if (!OwnMembers.Collect(shape.KeySelector, members))
        {
            return null;
        }

        foreach (var selector in order)
        {
            OwnMembers.Collect(selector, members);
        }

        foreach (var field in selectedFields)
        {
            if (field.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (shape.ReadsOf(field) is not { } reads)
            {
                return null;
            }

            members.UnionWith(reads);
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var sorted = members.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var init = Expression.MemberInit(
            Expression.New(typeof(TEntity)),
            sorted.Select(m => Expression.Bind(m, Expression.Property(entity, m))));
        return new EntityProjection<TEntity>(
            Expression.Lambda<Func<TEntity, TEntity>>(init, entity),
            string.Join(",", sorted.Select(m => m.Name)));
    }

    /// <summary>The settable column members a selector reads directly on its parameter (<c>e.Name</c>, not <c>e.Department.Name</c>).</summary>
    private sealed class OwnMembers(ParameterExpression entity, HashSet<PropertyInfo> members) : ExpressionVisitor
    {
        private bool _any;

        /// <summary>Adds the members <paramref name="selector"/> reads; false when it reads none.</summary>
        public static bool Collect(LambdaExpression selector, HashSet<PropertyInfo> members)
        {
            var visitor = new OwnMembers(selector.Parameters[0], members);
            visitor.Visit(selector.Body);
            return visitor._any;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == entity && node.Member is PropertyInfo property && property.CanWrite && EntityShape.IsColumnType(property.PropertyType))
            {
                members.Add(property);
                _any = true;
            }

            return base.VisitMember(node);
        }
    }
}
