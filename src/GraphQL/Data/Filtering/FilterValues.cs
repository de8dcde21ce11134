using System.Globalization;
using MentorGraph.GraphQL.Data.Declarations;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Data.Filtering;

/// <summary>
/// Turns a coerced GraphQL value (Int → <c>int</c>, Float → <c>double</c>, DateTime → <c>DateTimeOffset</c>,
/// Date → <c>DateOnly</c>, ID and String → <c>string</c>, an enum → its bound value or name) into the C# type
/// of the member it is compared with. A value the member cannot hold is a BAD_USER_INPUT error.
/// </summary>
internal static class FilterValues
{
    /// <summary><paramref name="value"/> (not null) as <paramref name="field"/>'s member type, without Nullable.</summary>
    public static object Convert(DataField field, object value)
    {
        var target = System.Nullable.GetUnderlyingType(field.ValueType) ?? field.ValueType;
        return field.Kind switch
        {
            DataFieldKind.Int => Whole(field, value, target),
            DataFieldKind.Float => Fraction(field, value, target),
            DataFieldKind.DateTime => Instant(value, target),
            DataFieldKind.Id => Id(field, value),
            DataFieldKind.Enum => EnumValue(field, value, target),
            _ => value,
        };
    }

    /// <summary>A DateTime value as the member's type, always in UTC (PostgreSQL's <c>timestamptz</c> parameters must be).</summary>
    public static object Instant(object value, Type target)
    {
        var instant = ((DateTimeOffset)value).ToUniversalTime();
        return target == typeof(DateTime) ? instant.UtcDateTime : instant;
    }

    private static object Whole(DataField field, object value, Type target)
    {
        var number = System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
        try
        {
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw DataErrors.BadInput($"The filter value {number} of \"{field.Name}\" is out of range.");
        }
    }

    private static object Fraction(DataField field, object value, Type target)
    {
        var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (target == typeof(decimal))
        {
            if (Math.Abs(number) >= (double)decimal.MaxValue)
            {
                throw DataErrors.BadInput($"The filter value {number.ToString(CultureInfo.InvariantCulture)} of \"{field.Name}\" is out of range.");
            }

            return (decimal)number;
        }

        return target == typeof(float) ? (float)number : number;
    }

    private static object Id(DataField field, object value)
    {
        var id = value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var (parsed, key) = field.ParseId!(id);
        if (!parsed || key is null)
        {
            throw DataErrors.BadInput($"\"{id}\" is not a valid id for \"{field.Name}\".");
        }

        return key;
    }

    private static object EnumValue(DataField field, object value, Type target)
    {
        if (field.ConvertEnum is { } convert)
        {
            return convert(value) ?? throw new InvalidOperationException($"The enum conversion of \"{field.Name}\" returned null for {value}.");
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum && value is string name)
        {
            var member = NameConventions.UpperSnakeToPascalCase(name);
            if (Enum.TryParse(target, member, ignoreCase: false, out var parsed) || Enum.TryParse(target, name, ignoreCase: false, out parsed))
            {
                return parsed!;
            }
        }

        if (target == typeof(string) && value is Enum enumValue)
        {
            return EntityShape.EnumValueName(enumValue);
        }

        throw new InvalidOperationException(
            $"The enum value {value} ({value.GetType().Name}) of \"{field.Name}\" cannot be compared with a {target.Name}: give the declaration a fromGraphQL conversion.");
    }
}
