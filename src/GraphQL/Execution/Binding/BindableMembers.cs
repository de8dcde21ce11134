using System.Collections.Concurrent;
using System.Reflection;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// What an input object or argument list can be bound into, read once per C# type: the public constructor
/// with the most parameters (a record's primary constructor) and the public settable or <c>init</c>
/// properties that no constructor parameter already covers. Get-only properties are left alone (they are
/// computed). <see cref="Problem"/> says why the type cannot be built, when it cannot.
/// </summary>
internal sealed class BindableMembers
{
    private static readonly ConcurrentDictionary<Type, BindableMembers> Cache = new();

    private BindableMembers(ConstructorInfo? constructor, IReadOnlyList<ParameterInfo> parameters, IReadOnlyList<PropertyInfo> properties, string? problem)
    {
        Constructor = constructor;
        Parameters = parameters;
        Properties = properties;
        Problem = problem;
    }

    /// <summary>Null for a struct built without a constructor (all its members are properties).</summary>
    public ConstructorInfo? Constructor { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    public IReadOnlyList<PropertyInfo> Properties { get; }

    public string? Problem { get; }

    public static BindableMembers Of(Type type) => Cache.GetOrAdd(type, Read);

    /// <summary>A member's name matches a GraphQL name when equal to it or to its PascalCase form (<c>text</c> ↔ <c>text</c> or <c>Text</c>).</summary>
    public static bool Matches(string? memberName, string graphQLName) =>
        memberName == graphQLName || memberName == NameConventions.ToPascalCase(graphQLName);

    private static BindableMembers Read(Type type)
    {
        if (type.IsAbstract || type.IsInterface || type.IsPrimitive || type.IsEnum || type == typeof(string) || type.ContainsGenericParameters)
        {
            return new BindableMembers(null, [], [], $"{ClrNames.Of(type)} is not a class, record or struct that can be created");
        }

        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        ConstructorInfo? constructor = null;
        if (constructors.Length > 0)
        {
            var most = constructors.Max(c => c.GetParameters().Length);
            var widest = constructors.Where(c => c.GetParameters().Length == most).ToList();
            if (widest.Count > 1)
            {
                return new BindableMembers(null, [], [],
                    $"{ClrNames.Of(type)} has {widest.Count} public constructors with {most} parameter{(most == 1 ? "" : "s")}; the binding takes the one with the most, so it must be unique");
            }

            constructor = widest[0];
        }
        else if (!type.IsValueType)
        {
            return new BindableMembers(null, [], [], $"{ClrNames.Of(type)} has no public constructor");
        }

        var parameters = constructor?.GetParameters() ?? [];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => !parameters.Any(parameter => string.Equals(parameter.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new BindableMembers(constructor, parameters, properties, null);
    }
}
