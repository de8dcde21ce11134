using System.Linq.Expressions;
using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value into one predicate over the entity: fields of one filter object and
/// <c>and</c> lists are ANDed, <c>or</c> lists ORed, related objects become member access guarded against null,
/// lists become <c>Any</c>/<c>All</c> — one expression tree, which a query provider turns into one SQL
/// statement. Semantics, the same in memory and in SQL:
/// <list type="bullet">
/// <item>a field or operation given as null is no condition, except <c>eq: null</c> (is null) and <c>neq: null</c> (is not null);</item>
/// <item>empty <c>and</c>/<c>or</c> lists and empty filter objects are no condition;</item>
/// <item>each negated operation (<c>neq nin ncontains nstartsWith nendsWith ngt ngte nlt nlte</c>) is the exact
/// complement of its positive: a null value does not match <c>contains: "a"</c>, so it matches <c>ncontains: "a"</c>;</item>
/// <item>a condition on a related object is false when the object is null; <c>none</c> is the complement of <c>some</c>;</item>
/// <item>every navigation is combined with the <see cref="NavigationGuards"/> of the entity type it reaches: a related
/// object the request may not see is treated as null, and a collection holds only the elements it may see
/// (<c>some all none any</c> over <c>nav.Where(guard)</c>).</item>
/// </list>
/// </summary>
internal sealed class FilterTranslator(IStringMatching strings, NavigationGuards guards)
{
    /// <summary>The predicate of <paramref name="where"/>, or null when it sets no condition.</summary>
    public Expression<Func<TEntity, bool>>? Translate<TEntity>(EntityShape shape, IReadOnlyDictionary<string, object?>? where)
    {
        if (where is null)
        {
            return null;
        }

        var entity = Expression.Parameter(typeof(TEntity), "e");
        var body = Object(shape, entity, where, depth: 0);
        return body is null ? null : Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    private Expression? Object(EntityShape shape, Expression target, IReadOnlyDictionary<string, object?> filter, int depth)
    {
        var conditions = new List<Expression>();
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var condition = name switch
            {
                "and" => DataExpressions.AndAll(Objects(shape, target, value, depth)),
                "or" => DataExpressions.OrAll(Objects(shape, target, value, depth)),
                _ => Field(Declared(shape, name), target, (IReadOnlyDictionary<string, object?>)value, depth),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return DataExpressions.AndAll(conditions);
    }

    private List<Expression> Objects(EntityShape shape, Expression target, object list, int depth) =>
        ((IEnumerable<object?>)list)
            .OfType<IReadOnlyDictionary<string, object?>>()
            .Select(item => Object(shape, target, item, depth))
            .OfType<Expression>()
            .ToList();

    private static DataField Declared(EntityShape shape, string name) =>
        shape.FindField(name) is { IsFilterable: true } field
            ? field
            : throw new InvalidOperationException($"{shape.FilterInputName} has no filterable field \"{name}\": the schema and the shape differ.");

    private Expression? Field(DataField field, Expression target, IReadOnlyDictionary<string, object?> operations, int depth)
    {
        var member = DataExpressions.Inline(field.Member, target);
        switch (field.Kind)
        {
            case DataFieldKind.Object:
                var inner = Object(field.Shape!, member, operations, depth + 1);
                return inner is null
                    ? null
                    : DataExpressions.AndAll(new[] { DataExpressions.IsNotNull(member), guards.Test(field.Shape!.EntityType, member), inner }.OfType<Expression>());
            case DataFieldKind.List:
                return List(field, Visible(field.Shape!.EntityType, StripConvert(member)), operations, depth);
            case DataFieldKind.String:
                return new StringOperations(strings, field, member).Translate(operations);
            default:
                return new ValueOperations(field, member).Translate(operations);
        }
    }

    /// <summary><c>some all none any</c> over a collection: <c>Any</c>/<c>All</c> with the element's filter inlined.</summary>
    private Expression? List(DataField field, Expression collection, IReadOnlyDictionary<string, object?> operations, int depth)
    {
        var elementType = field.Shape!.EntityType;
        var element = Expression.Parameter(elementType, "e" + (depth + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            if (operation == "any")
            {
                var any = Expression.Call(CollectionMethods.Any(elementType), collection);
                conditions.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var predicate = Object(field.Shape, element, (IReadOnlyDictionary<string, object?>)value, depth + 1);
            Expression Some() => predicate is null
                ? Expression.Call(CollectionMethods.Any(elementType), collection)
                : Expression.Call(CollectionMethods.AnyWhere(elementType), collection, Expression.Lambda(predicate, element));
            var condition = operation switch
            {
                "some" => Some(),
                "none" => Expression.Not(Some()),
                "all" => predicate is null ? null : Expression.Call(CollectionMethods.All(elementType), collection, Expression.Lambda(predicate, element)),
                _ => throw new InvalidOperationException($"Unknown list filter operation \"{operation}\"."),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return DataExpressions.AndAll(conditions);
    }

    /// <summary><paramref name="collection"/>'s elements the request may see: <c>collection.Where(guard)</c>, or the collection itself without a guard.</summary>
    private Expression Visible(Type elementType, Expression collection) =>
        guards.For(elementType) is { } guard
            ? Expression.Call(CollectionMethods.Where(elementType), collection, guard)
            : collection;

    /// <summary>A list member declared as <c>IEnumerable&lt;T&gt;</c> may carry a conversion; providers want the navigation itself.</summary>
    private static Expression StripConvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert } convert && !convert.Operand.Type.IsValueType ? convert.Operand : expression;
}
