using System.Linq.Expressions;
using System.Reflection;
using MentorGraph.GraphQL.Data.Binding;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Execution;

namespace MentorGraph.GraphQL.Data.Paging;

/// <summary>
/// The columns a statement loads for its selection: <c>e =&gt; new TEntity { Key = e.Key, Member = e.Member, … }</c>, which a SQL
/// provider (EF Core) translates into a SELECT of only those columns. The members are the key, those the order reads on the
/// entity itself (a batched page repeats its order outside its subquery, through the loaded row), and those each selected
/// field reads (see <see cref="EntityShape.ReadsOf"/>). Any selected field whose reads are unknown — or a selection that
/// cannot be read (a spread of a fragment the document lacks) — loads the whole row: a resolver must never read a member that
/// was left at its default.
/// <para>
/// With joins (<see cref="For(EntityShape{TEntity}, FieldSelection?, IEnumerable{LambdaExpression}, NavigationGuards?)"/> given
/// guards), each selected field the shape declares joinable (<c>Joins</c>) whose own selection is known also loads its related
/// row in the same statement: <c>Senior = e.Senior != null &amp;&amp; guard(e.Senior) ? new Person { …its selected columns… } :
/// null</c> — the viewer's guard of the related type decides, in SQL, as the related type's own query would.
/// </para>
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

    /// <summary>The loaded members' names, sorted, then the joined fields with theirs: part of a batch loader's name, so that selections of different columns never share a batch.</summary>
    public string Signature { get; }

    /// <summary>
    /// The projection for a page of <paramref name="shape"/> whose nodes select <paramref name="selectedFields"/> (null: not known),
    /// in <paramref name="order"/>, without joins; null when the whole row is needed.
    /// </summary>
    public static EntityProjection<TEntity>? For(EntityShape<TEntity> shape, IReadOnlyCollection<string>? selectedFields, IEnumerable<LambdaExpression> order)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(order);
        if (selectedFields is null || Members(shape, selectedFields) is not { } members)
        {
            return null;
        }

        foreach (var selector in order)
        {
            OwnMembers.Collect(selector, members);
        }

        return Build(members, []);
    }

    /// <summary>
    /// The projection for rows of <paramref name="shape"/> whose selection is <paramref name="selection"/> (null: not known), in
    /// <paramref name="order"/>; with <paramref name="joinGuards"/>, the selected joinable fields' rows are loaded too, each
    /// narrowed by its type's guard (<see cref="NavigationGuards.None"/>: no guards; null: no joins). Null when the whole row is needed.
    /// </summary>
    public static EntityProjection<TEntity>? For(EntityShape<TEntity> shape, FieldSelection? selection, IEnumerable<LambdaExpression> order, NavigationGuards? joinGuards)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(order);
        if (selection is null || Members(shape, selection.Names) is not { } members)
        {
            return null;
        }

        foreach (var selector in order)
        {
            OwnMembers.Collect(selector, members);
        }

        var joins = new List<Join>();
        if (joinGuards is not null)
        {
            foreach (var name in selection.Names.Order(StringComparer.Ordinal))
            {
                if (shape.JoinOf(name) is { Shape: { } related } field
                    && selection.Field(name, related.TypeName) is { } nested
                    && Members(related, nested.Names) is { } relatedMembers)
                {
                    joins.Add(new Join(name, field, relatedMembers, joinGuards.For(related.EntityType)));
                }
            }
        }

        return Build(members, joins);
    }

    /// <summary>
    /// The projection for the objects <paramref name="context"/>'s field returns (a by-key or by-id load: <c>pairing(id:)</c>,
    /// <c>lesson.teacher</c>), with the joins its selection asks for, each narrowed by <paramref name="guards"/>; null when the
    /// whole row is needed.
    /// </summary>
    public static EntityProjection<TEntity>? ForField(EntityShape<TEntity> shape, IResolveFieldContext context, NavigationGuards guards)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(guards);
        if (context.FieldNodes is not [var first, ..])
        {
            return null;
        }

        // A field's nodes are the (cached) document's own: the same selection of the same shape gives the same projection —
        // as long as no joinable type is guarded for this request (a guard may depend on the viewer).
        var unguarded = shape.Joined.All(join => guards.For(join.Shape!.EntityType) is null);
        // The key is the first node; the entry holds all of them (a fragment's node may be merged with others elsewhere).
        if (unguarded && FieldCache.TryGetValue(first, out var cached) && ReferenceEquals(cached.Shape, shape) && SameNodes(cached.Nodes, context.FieldNodes))
        {
            return cached.Projection;
        }

        var projection = For(shape, FieldSelection.Of(context, shape.TypeName), [], guards);
        if (unguarded)
        {
            FieldCache.AddOrUpdate(first, new CachedProjection(shape, [.. context.FieldNodes], projection));
        }

        return projection;
    }

    /// <summary>Projections of by-key loads that depend on nothing but the selection, by the field's first node.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Language.Ast.FieldNode, CachedProjection> FieldCache = new();

    private sealed record CachedProjection(EntityShape<TEntity> Shape, Language.Ast.FieldNode[] Nodes, EntityProjection<TEntity>? Projection);

    private static bool SameNodes(Language.Ast.FieldNode[] cached, IReadOnlyList<Language.Ast.FieldNode> nodes)
    {
        if (cached.Length != nodes.Count)
        {
            return false;
        }

        for (var i = 0; i < cached.Length; i++)
        {
            if (!ReferenceEquals(cached[i], nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key and the members <paramref name="fields"/> read on <paramref name="shape"/>'s entity; null when one is unknown (or the entity cannot be constructed empty).</summary>
    private static HashSet<PropertyInfo>? Members(EntityShape shape, IReadOnlyCollection<string> fields)
    {
        if (shape.KeySelector is null || shape.EntityType.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        var members = new HashSet<PropertyInfo>();
        if (!OwnMembers.Collect(shape.KeySelector, members))
        {
            return null;
        }

        foreach (var field in fields)
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

        return members;
    }

    private static EntityProjection<TEntity> Build(HashSet<PropertyInfo> members, List<Join> joins)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var sorted = Sorted(members);
        var bindings = sorted.Select(m => (MemberBinding)Expression.Bind(m, Expression.Property(entity, m))).ToList();
        var signature = string.Join(",", sorted.Select(m => m.Name));
        foreach (var join in joins)
        {
            var navigation = (PropertyInfo)((MemberExpression)join.Field.Member.Body).Member;
            var related = Expression.Property(entity, navigation);
            var relatedSorted = Sorted(join.Members);
            var init = Expression.MemberInit(
                Expression.New(navigation.PropertyType),
                relatedSorted.Select(m => Expression.Bind(m, Expression.Property(related, m))));
            Expression test = Expression.NotEqual(related, Expression.Constant(null, navigation.PropertyType));
            if (join.Guard is not null)
            {
                test = Expression.AndAlso(test, DataExpressions.Inline(join.Guard, related));
            }

            bindings.Add(Expression.Bind(navigation, Expression.Condition(test, init, Expression.Constant(null, navigation.PropertyType))));
            signature += $";{join.Name}({string.Join(",", relatedSorted.Select(m => m.Name))})";
        }

        var body = Expression.MemberInit(Expression.New(typeof(TEntity)), bindings);
        return new EntityProjection<TEntity>(Expression.Lambda<Func<TEntity, TEntity>>(body, entity), signature);
    }

    private static List<PropertyInfo> Sorted(HashSet<PropertyInfo> members) => members.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    /// <summary>A joined field: its name, its Object declaration, the related entity's members to load and the related type's guard.</summary>
    private sealed record Join(string Name, DataField Field, HashSet<PropertyInfo> Members, LambdaExpression? Guard);

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
