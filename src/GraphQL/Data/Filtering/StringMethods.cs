using System.Reflection;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>The methods string filters call: the single-argument overloads every LINQ provider translates.</summary>
internal static class StringMethods
{
    public static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    public static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    /// <summary><c>Enumerable.Contains&lt;string&gt;(IEnumerable&lt;string&gt;, string)</c>.</summary>
    public static readonly MethodInfo EnumerableContains = CollectionMethods.Contains(typeof(string));
}
