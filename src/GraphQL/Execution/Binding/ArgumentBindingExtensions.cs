using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Typed arguments inside any resolver, for when <see cref="TypedResolvers"/> does not fit (a resolver bound some
/// other way, or one argument of several). The binding is compiled on first use per field, argument and
/// type, then cached; since that is at run time, a binding that cannot work throws
/// <see cref="InvalidOperationException"/> (an internal error, logged) instead of failing the schema build —
/// prefer <see cref="TypedResolvers"/> where you can. Values that do not fit are BAD_USER_INPUT, as there.
/// </summary>
public static class ArgumentBindingExtensions
{
    private static readonly ConditionalWeakTable<FieldDefinition, ConcurrentDictionary<(string?, Type), ArgumentBinding>> Cache = new();

    /// <summary>The argument <paramref name="name"/> as a <typeparamref name="T"/>.</summary>
    public static T ArgumentAs<T>(this IResolveFieldContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        return (T)Binding(context, name, typeof(T)).Bind(context)!;
    }

    /// <summary>All the field's arguments as the members of one <typeparamref name="T"/>.</summary>
    public static T ArgumentsAs<T>(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (T)Binding(context, null, typeof(T)).Bind(context)!;
    }

    private static ArgumentBinding Binding(IResolveFieldContext context, string? name, Type type)
    {
        var field = context.FieldDefinition;
        var bindings = Cache.GetOrCreateValue(field);
        return bindings.GetOrAdd((name, type), key =>
        {
            var coordinate = $"{context.ParentType.Name}.{field.Name}";
            var problems = new List<string>();
            var binding = key.Item1 is null
                ? ArgumentBinding.ForArguments(coordinate, field, key.Item2, problems)
                : ArgumentBinding.ForArgument(coordinate, field, key.Item1, key.Item2, problems);
            return binding ?? throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        });
    }
}
