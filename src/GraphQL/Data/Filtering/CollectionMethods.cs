using System.Reflection;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>The <see cref="Enumerable"/> methods the translations call, closed over an element type.</summary>
internal static class CollectionMethods
{
    private static readonly MethodInfo ContainsDefinition = Find(nameof(Enumerable.Contains), 2);
    private static readonly MethodInfo AnyDefinition = Find(nameof(Enumerable.Any), 1);
    private static readonly MethodInfo AnyWhereDefinition = Find(nameof(Enumerable.Any), 2);
    private static readonly MethodInfo AllDefinition = Find(nameof(Enumerable.All), 2);
    private static readonly MethodInfo WhereDefinition = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Single(m => m.Name == nameof(Enumerable.Where) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    public static MethodInfo Contains(Type element) => ContainsDefinition.MakeGenericMethod(element);

    public static MethodInfo Any(Type element) => AnyDefinition.MakeGenericMethod(element);

    public static MethodInfo AnyWhere(Type element) => AnyWhereDefinition.MakeGenericMethod(element);

    public static MethodInfo All(Type element) => AllDefinition.MakeGenericMethod(element);

    /// <summary><c>Where(source, e =&gt; bool)</c> (not the overload with the index).</summary>
    public static MethodInfo Where(Type element) => WhereDefinition.MakeGenericMethod(element);

    private static MethodInfo Find(string name, int parameters) =>
        typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.GetParameters().Length == parameters && m.GetGenericArguments().Length == 1);
}
