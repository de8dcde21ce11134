using System.Globalization;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Execution.Binding;

/// <summary>
/// Which C# types can hold each built-in scalar's values, and how. The built-in scalars give resolvers
/// Int → <c>int</c>, Float → <c>double</c>, String and ID → <c>string</c>, Boolean → <c>bool</c>,
/// DateTime → <c>DateTimeOffset</c>, Date → <c>DateOnly</c>; a member may also take:
/// <list type="bullet">
/// <item>Int: <c>long</c>, <c>double</c>, <c>decimal</c>; <c>short</c>, <c>byte</c>, <c>sbyte</c>, <c>ushort</c>, <c>uint</c>, <c>ulong</c>, <c>float</c> (range checked when bound)</item>
/// <item>Float: <c>float</c>, <c>decimal</c> (range checked)</item>
/// <item>String: <c>Guid</c> (must be a UUID)</item>
/// <item>ID: <c>Guid</c>, <c>int</c>, <c>long</c> (must parse)</item>
/// <item>DateTime: <c>DateTime</c> (in UTC)</item>
/// <item>any scalar: <c>object</c> (the value as is)</item>
/// </list>
/// Anything else is a build error. A custom scalar's value type is known only when it runs, so any member
/// type is accepted at build time and the value must be an instance of it.
/// </summary>
internal static class ScalarConversions
{
    /// <summary>The binder of <paramref name="scalar"/>'s values into <paramref name="target"/> (never a Nullable), or null when it cannot hold them.</summary>
    public static InputBinder? Find(ScalarType scalar, Type target)
    {
        if (target == typeof(object))
        {
            return PassThroughBinder.Instance;
        }

        return scalar switch
        {
            IntScalarType => FromInt(target),
            FloatScalarType => FromFloat(target),
            StringScalarType => target == typeof(string) ? PassThroughBinder.Instance : target == typeof(Guid) ? GuidFromText : null,
            IdScalarType => FromId(target),
            BooleanScalarType => target == typeof(bool) ? PassThroughBinder.Instance : null,
            DateTimeScalarType => target == typeof(DateTimeOffset)
                ? PassThroughBinder.Instance
                : target == typeof(DateTime) ? new ConvertingBinder(v => (v as DateTimeOffset?)?.UtcDateTime, "Expected a date and time.") : null,
            DateScalarType => target == typeof(DateOnly) ? PassThroughBinder.Instance : null,
            _ => new InstanceCheckBinder(target, scalar.Name),
        };
    }

    private static readonly InputBinder GuidFromText = new ConvertingBinder(
        v => v is string text && Guid.TryParse(text, out var guid) ? guid : null,
        "Expected a UUID, e.g. \"123e4567-e89b-12d3-a456-426614174000\".");

    private static InputBinder? FromInt(Type target) => target.IsEnum ? null : Type.GetTypeCode(target) switch
    {
        TypeCode.Int32 when target == typeof(int) => PassThroughBinder.Instance,
        TypeCode.Int64 => IntRange(long.MinValue, long.MaxValue, i => (long)i),
        TypeCode.Double => IntRange(long.MinValue, long.MaxValue, i => (double)i),
        TypeCode.Decimal => IntRange(long.MinValue, long.MaxValue, i => (decimal)i),
        TypeCode.Single => IntRange(long.MinValue, long.MaxValue, i => (float)i),
        TypeCode.Int16 => IntRange(short.MinValue, short.MaxValue, i => (short)i),
        TypeCode.SByte => IntRange(sbyte.MinValue, sbyte.MaxValue, i => (sbyte)i),
        TypeCode.Byte => IntRange(byte.MinValue, byte.MaxValue, i => (byte)i),
        TypeCode.UInt16 => IntRange(ushort.MinValue, ushort.MaxValue, i => (ushort)i),
        TypeCode.UInt32 => IntRange(uint.MinValue, uint.MaxValue, i => (uint)i),
        TypeCode.UInt64 => IntRange(0, long.MaxValue, i => (ulong)i),
        _ => null,
    };

    /// <summary>An Int (a C# int) into a type whose range may be narrower; C# enums are not numbers here.</summary>
    private static InputBinder IntRange(long min, long max, Func<int, object> convert)
    {
        var expected = min <= int.MinValue && max >= int.MaxValue
            ? "Expected an integer."
            : string.Create(CultureInfo.InvariantCulture, $"Expected an integer from {min} to {max}.");
        return new ConvertingBinder(v => v is int i && i >= min && i <= max ? convert(i) : null, expected);
    }

    private static InputBinder? FromFloat(Type target)
    {
        if (target == typeof(double))
        {
            return PassThroughBinder.Instance;
        }

        if (target == typeof(float))
        {
            return new ConvertingBinder(
                v => v is double d && Math.Abs(d) <= float.MaxValue ? (float)d : null,
                string.Create(CultureInfo.InvariantCulture, $"Expected a number from {-float.MaxValue:R} to {float.MaxValue:R}."));
        }

        if (target == typeof(decimal))
        {
            return new ConvertingBinder(
                v => v is double d && Math.Abs(d) < (double)decimal.MaxValue ? (decimal)d : null,
                string.Create(CultureInfo.InvariantCulture, $"Expected a number from {decimal.MinValue} to {decimal.MaxValue}."));
        }

        return null;
    }

    private static InputBinder? FromId(Type target)
    {
        if (target == typeof(string))
        {
            return PassThroughBinder.Instance;
        }

        if (target == typeof(Guid))
        {
            return GuidFromText;
        }

        if (target == typeof(int))
        {
            return new ConvertingBinder(
                v => v is string text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null,
                string.Create(CultureInfo.InvariantCulture, $"Expected an integer ID from {int.MinValue} to {int.MaxValue}."));
        }

        if (target == typeof(long))
        {
            return new ConvertingBinder(
                v => v is string text && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : null,
                string.Create(CultureInfo.InvariantCulture, $"Expected an integer ID from {long.MinValue} to {long.MaxValue}."));
        }

        return null;
    }
}
