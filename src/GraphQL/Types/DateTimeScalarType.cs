using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant as an RFC 3339 date-time with a required offset
/// (<see href="https://scalars.graphql.org/andimarek/date-time">andimarek/date-time</see>). Input gives a
/// <see cref="DateTimeOffset"/> that keeps the offset; output is always UTC with milliseconds,
/// <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>. A <see cref="DateTime"/> of unspecified kind is taken to be UTC.
/// </summary>
public sealed partial class DateTimeScalarType : ScalarType
{
    public const string SpecificationUrl = "https://scalars.graphql.org/andimarek/date-time";

    public DateTimeScalarType()
        : base(
            "DateTime",
            "A date and time with an offset from UTC, in RFC 3339 form such as `2024-05-01T09:30:00+02:00`. Always returned in UTC with milliseconds: `2024-05-01T07:30:00.000Z`.",
            SpecificationUrl)
    {
    }

    /// <summary>Accepts <see cref="DateTimeOffset"/>, <see cref="DateTime"/> and RFC 3339 strings; returns the UTC string.</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        var instant = unwrapped switch
        {
            DateTimeOffset offset => offset,
            DateTime { Kind: DateTimeKind.Unspecified } dateTime => new DateTimeOffset(dateTime, TimeSpan.Zero),
            DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime(), TimeSpan.Zero),
            string text => TryParse(text)
                ?? throw new ValueCoercionException($"DateTime cannot represent an invalid date-time string: {ScalarValues.Inspect(text)}"),
            _ => throw new ValueCoercionException($"DateTime cannot represent value: {ScalarValues.Inspect(unwrapped)}"),
        };

        return Format(instant);
    }

    /// <summary>Accepts an RFC 3339 date-time string with an offset; returns a <see cref="DateTimeOffset"/>.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (unwrapped is not string text)
        {
            throw new ValueCoercionException($"DateTime cannot represent a non string value: {ScalarValues.Inspect(unwrapped)}");
        }

        return TryParse(text)
            ?? throw new ValueCoercionException($"DateTime cannot represent an invalid date-time string: {ScalarValues.Inspect(text)}");
    }

    /// <summary>Accepts a String literal holding an RFC 3339 date-time with an offset.</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not StringValueNode text)
        {
            throw new ValueCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");
        }

        return TryParse(text.Value)
            ?? throw new ValueCoercionException($"DateTime cannot represent an invalid date-time string: {ScalarValues.Inspect(text.Value)}");
    }

    /// <summary>The UTC form this scalar returns, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses an RFC 3339 date-time (offset required, <c>T</c>/<c>Z</c> in either case, any number of
    /// fraction digits — beyond 7 they are truncated); null when the text is not one or names no real instant.</summary>
    public static DateTimeOffset? TryParse(string text)
    {
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

        var (year, month, day) = (Number("year"), Number("month"), Number("day"));
        var (hour, minute, second) = (Number("hour"), Number("minute"), Number("second"));
        if (year == 0 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (match.Groups["offsetSign"].Success)
        {
            var (offsetHours, offsetMinutes) = (Number("offsetHour"), Number("offsetMinute"));
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (match.Groups["offsetSign"].Value == "-")
            {
                offset = -offset;
            }
        }

        long fractionTicks = 0;
        if (match.Groups["fraction"].Success)
        {
            var digits = match.Groups["fraction"].Value;
            digits = digits.Length > 7 ? digits[..7] : digits.PadRight(7, '0');
            fractionTicks = long.Parse(digits, CultureInfo.InvariantCulture);
        }

        try
        {
            return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // an offset beyond ±14:00, or an instant outside .NET's range
        }
    }

    [GeneratedRegex(
        @"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[Tt](?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d+))?(?:[Zz]|(?<offsetSign>[+-])(?<offsetHour>\d{2}):(?<offsetMinute>\d{2}))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
