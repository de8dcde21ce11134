using System.Reflection;

namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Reads public properties and fields of resolved values for the default resolver and bound C# types.
/// A property of a class is read through a typed delegate made once per property (far cheaper than
/// reflection per call), and its enum and bool values come from shared boxes instead of a new box per read.
/// Like reflection, an exception thrown by a getter arrives wrapped in a <see cref="TargetInvocationException"/>.
/// </summary>
internal static class MemberAccessors
{
    /// <summary>The reader of the public instance property or field <paramref name="name"/> of <paramref name="type"/>
    /// (exact name first, then ignoring case); null when there is none.</summary>
    public static Func<object, object?>? Create(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, Flags) ?? FindIgnoringCase(type.GetProperties(Flags), name);
        if (property is not null && property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
        {
            return ForProperty(property);
        }

        var field = type.GetField(name, Flags) ?? FindIgnoringCase(type.GetFields(Flags), name);
        return field is null ? null : field.GetValue;
    }

    /// <summary>A reader of <paramref name="property"/>: a typed delegate where one can be made, reflection otherwise.</summary>
    public static Func<object, object?> ForProperty(PropertyInfo property)
    {
        var getter = property.GetMethod;
        var owner = property.DeclaringType;
        if (getter is null || owner is null || owner.IsValueType || owner.ContainsGenericParameters
            || property.PropertyType.IsByRefLike || property.PropertyType.IsPointer || property.PropertyType.IsByRef)
        {
            return property.GetValue;
        }

        try
        {
            var readerType = typeof(PropertyReader<,>).MakeGenericType(owner, property.PropertyType);
            return ((IPropertyReader)Activator.CreateInstance(readerType, getter)!).Read;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or TargetInvocationException)
        {
            return property.GetValue;
        }
    }

    private static T? FindIgnoringCase<T>(T[] members, string name)
        where T : MemberInfo
    {
        foreach (var member in members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase)
                && (member is not PropertyInfo property || property.GetIndexParameters().Length == 0))
            {
                return member;
            }
        }

        return null;
    }

    private interface IPropertyReader
    {
        object? Read(object source);
    }

    private sealed class PropertyReader<TSource, TValue>(MethodInfo getter) : IPropertyReader
        where TSource : class
    {
        private readonly Func<TSource, TValue> _get = getter.CreateDelegate<Func<TSource, TValue>>();

        public object? Read(object source)
        {
            TValue value;
            try
            {
                value = _get((TSource)source);
            }
            catch (Exception exception)
            {
                throw new TargetInvocationException(exception);
            }

            return SharedBoxes<TValue>.Box(value);
        }
    }
}
