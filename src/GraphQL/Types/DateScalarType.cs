using System.Globalization;
using System.Text.RegularExpressions;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Types;

/// <summary><c>Date</c>: a calendar date without time or offset, <c>yyyy-MM-dd</c> (RFC 3339 full-date), as <see cref="DateOnly"/>.</summary>
public sealed partial class DateScalarType : ScalarType
{
    public DateScalarType()
        : base("Date", "A calendar date without a time of day, in RFC 3339 full-date form: `2024-05-01`.")
    {
    }

    /// <summary>Accepts <see cref="DateOnly"/>, the date part of a <see cref="DateTime"/>, and <c>yyyy-MM-dd</c> strings.</summary>
    public override object Serialize(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        var date = unwrapped switch
        {
            DateOnly d => d,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text => TryParse(text)
                ?? throw new ValueCoercionException($"Date cannot represent an invalid date string: {ScalarValues.Inspect(text)}"),
            _ => throw new ValueCoercionException($"Date cannot represent value: {ScalarValues.Inspect(unwrapped)}"),
        };

        return Format(date);
    }

    /// <summary>Accepts a <c>yyyy-MM-dd</c> string naming a real date; returns a <see cref="DateOnly"/>.</summary>
    public override object ParseValue(object value)
    {
        var unwrapped = ScalarValues.Unwrap(value);
        if (unwrapped is not string text)
        {
            throw new ValueCoercionException($"Date cannot represent a non string value: {ScalarValues.Inspect(unwrapped)}");
        }

        return TryParse(text)
            ?? throw new ValueCoercionException($"Date cannot represent an invalid date string: {ScalarValues.Inspect(text)}");
    }

    /// <summary>Accepts a String literal <c>yyyy-MM-dd</c> naming a real date.</summary>
    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not StringValueNode text)
        {
            throw new ValueCoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}");
        }

        return TryParse(text.Value)
            ?? throw new ValueCoercionException($"Date cannot represent an invalid date string: {ScalarValues.Inspect(text.Value)}");
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>yyyy-MM-dd</c> exactly; null when the text is not that form or not a real date.</summary>
    public static DateOnly? TryParse(string text) =>
        FullDate().IsMatch(text)
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
