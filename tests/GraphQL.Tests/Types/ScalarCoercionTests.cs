using System.Text.Json;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    private static string Fails(Func<object> coerce) => Assert.Throws<ValueCoercionException>(coerce).Message;

    // ---- Int ----

    [Theory]
    [InlineData(1, 1)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(2147483647L, int.MaxValue)]
    [InlineData(1.0, 1)]
    [InlineData(1e5, 100000)]
    [InlineData("123", 123)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Int_Serialize_AcceptsWholeValues(object value, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));

    [Fact]
    public void Int_Serialize_NonInteger_Fails() =>
        Assert.Equal("Int cannot represent non-integer value: 1.5", Fails(() => BuiltInScalars.Int.Serialize(1.5)));

    [Fact]
    public void Int_Serialize_NonNumericString_Fails() =>
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", Fails(() => BuiltInScalars.Int.Serialize("abc")));

    [Theory]
    [InlineData(2147483648L, "2147483648")]
    [InlineData(-2147483649L, "-2147483649")]
    [InlineData(1e100, "1e+100")]
    public void Int_Serialize_OutOfRange_Fails(object value, string shown) =>
        Assert.Equal($"Int cannot represent non 32-bit signed integer value: {shown}", Fails(() => BuiltInScalars.Int.Serialize(value)));

    [Fact]
    public void Int_Serialize_JsonNumber_IsUnwrapped() =>
        Assert.Equal(7, BuiltInScalars.Int.Serialize(JsonDocument.Parse("7").RootElement));

    [Theory]
    [InlineData(5L, 5)]
    [InlineData(5.0, 5)]
    [InlineData(-5, -5)]
    public void Int_ParseValue_AcceptsIntegers(object value, int expected) =>
        Assert.Equal(expected, BuiltInScalars.Int.ParseValue(value));

    [Fact]
    public void Int_ParseValue_Decimal_Integral_Accepted() =>
        Assert.Equal(12, BuiltInScalars.Int.ParseValue(12m));

    [Theory]
    [InlineData("123", "Int cannot represent non-integer value: \"123\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    public void Int_ParseValue_RefusesNonIntegers(object value, string message) =>
        Assert.Equal(message, Fails(() => BuiltInScalars.Int.ParseValue(value)));

    [Fact]
    public void Int_ParseLiteral_IntLiteral_Accepted() =>
        Assert.Equal(-42, BuiltInScalars.Int.ParseLiteral(new IntValueNode("-42")));

    [Fact]
    public void Int_ParseLiteral_FloatLiteral_Fails() =>
        Assert.Equal("Int cannot represent non-integer value: 1.5", Fails(() => BuiltInScalars.Int.ParseLiteral(new FloatValueNode("1.5"))));

    [Fact]
    public void Int_ParseLiteral_StringLiteral_Fails() =>
        Assert.Equal("Int cannot represent non-integer value: \"1\"", Fails(() => BuiltInScalars.Int.ParseLiteral(new StringValueNode("1"))));

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999")]
    public void Int_ParseLiteral_OutOfRange_Fails(string literal) =>
        Assert.Equal($"Int cannot represent non 32-bit signed integer value: {literal}", Fails(() => BuiltInScalars.Int.ParseLiteral(new IntValueNode(literal))));

    // ---- Float ----

    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(-1.5, -1.5)]
    [InlineData(1.5f, 1.5)]
    [InlineData("-1.5", -1.5)]
    [InlineData(true, 1.0)]
    public void Float_Serialize_AcceptsNumbers(object value, double expected) =>
        Assert.Equal(expected, BuiltInScalars.Float.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData("one", "\"one\"")]
    public void Float_Serialize_NonFinite_Fails(object value, string shown) =>
        Assert.Equal($"Float cannot represent non numeric value: {shown}", Fails(() => BuiltInScalars.Float.Serialize(value)));

    [Fact]
    public void Float_ParseValue_Integer_BecomesDouble() =>
        Assert.Equal(3.0, BuiltInScalars.Float.ParseValue(3L));

    [Theory]
    [InlineData("1.5", "\"1.5\"")]
    [InlineData(false, "false")]
    public void Float_ParseValue_RefusesNonNumbers(object value, string shown) =>
        Assert.Equal($"Float cannot represent non numeric value: {shown}", Fails(() => BuiltInScalars.Float.ParseValue(value)));

    [Theory]
    [InlineData("1", 1.0)]
    [InlineData("1.5e3", 1500.0)]
    [InlineData("-0.25", -0.25)]
    public void Float_ParseLiteral_IntAndFloatLiterals_Accepted(string literal, double expected) =>
        Assert.Equal(expected, BuiltInScalars.Float.ParseLiteral(literal.Contains('.') || literal.Contains('e') ? new FloatValueNode(literal) : new IntValueNode(literal)));

    [Fact]
    public void Float_ParseLiteral_Overflow_Fails() =>
        Assert.Equal("Float cannot represent non numeric value: 1e400", Fails(() => BuiltInScalars.Float.ParseLiteral(new FloatValueNode("1e400"))));

    [Fact]
    public void Float_ParseLiteral_StringLiteral_Fails() =>
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Fails(() => BuiltInScalars.Float.ParseLiteral(new StringValueNode("1"))));

    // ---- String ----

    [Theory]
    [InlineData("text", "text")]
    [InlineData(true, "true")]
    [InlineData(42, "42")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData('c', "c")]
    public void String_Serialize_AcceptsScalars(object value, string expected) =>
        Assert.Equal(expected, BuiltInScalars.String.Serialize(value));

    [Fact]
    public void String_Serialize_List_Fails() =>
        Assert.Equal("String cannot represent value: [1, 2]", Fails(() => BuiltInScalars.String.Serialize(new[] { 1, 2 })));

    [Fact]
    public void String_Serialize_Object_Fails() =>
        Assert.Equal(
            "String cannot represent value: { a: 1 }",
            Fails(() => BuiltInScalars.String.Serialize(new Dictionary<string, object?> { ["a"] = 1 })));

    [Fact]
    public void String_ParseValue_Number_Fails() =>
        Assert.Equal("String cannot represent a non string value: 1", Fails(() => BuiltInScalars.String.ParseValue(1L)));

    [Fact]
    public void String_ParseLiteral_BlockString_Accepted() =>
        Assert.Equal("a\nb", BuiltInScalars.String.ParseLiteral(new StringValueNode("a\nb", Block: true)));

    [Fact]
    public void String_ParseLiteral_Enum_Fails() =>
        Assert.Equal("String cannot represent a non string value: FOO", Fails(() => BuiltInScalars.String.ParseLiteral(new EnumValueNode("FOO"))));

    // ---- Boolean ----

    [Theory]
    [InlineData(true, true)]
    [InlineData(0, false)]
    [InlineData(2.5, true)]
    public void Boolean_Serialize_AcceptsBooleansAndNumbers(object value, bool expected) =>
        Assert.Equal(expected, BuiltInScalars.Boolean.Serialize(value));

    [Fact]
    public void Boolean_Serialize_String_Fails() =>
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Fails(() => BuiltInScalars.Boolean.Serialize("true")));

    [Fact]
    public void Boolean_ParseValue_Number_Fails() =>
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Fails(() => BuiltInScalars.Boolean.ParseValue(1L)));

    [Fact]
    public void Boolean_ParseLiteral_True_Accepted() =>
        Assert.Equal(true, BuiltInScalars.Boolean.ParseLiteral(new BooleanValueNode(true)));

    [Fact]
    public void Boolean_ParseLiteral_Int_Fails() =>
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Fails(() => BuiltInScalars.Boolean.ParseLiteral(new IntValueNode("1"))));

    // ---- ID ----

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData(123, "123")]
    [InlineData(9007199254740993L, "9007199254740993")]
    [InlineData(5.0, "5")]
    public void ID_Serialize_AcceptsStringsAndIntegers(object value, string expected) =>
        Assert.Equal(expected, BuiltInScalars.ID.Serialize(value));

    [Fact]
    public void ID_Serialize_Guid_IsString() =>
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", BuiltInScalars.ID.Serialize(Guid.Parse("6F9619FF-8B86-D011-B42D-00C04FC964FF")));

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(true, "true")]
    public void ID_Serialize_NonIntegerNumberOrBoolean_Fails(object value, string shown) =>
        Assert.Equal($"ID cannot represent value: {shown}", Fails(() => BuiltInScalars.ID.Serialize(value)));

    [Theory]
    [InlineData("xyz", "xyz")]
    [InlineData(77L, "77")]
    public void ID_ParseValue_AcceptsStringOrInteger(object value, string expected) =>
        Assert.Equal(expected, BuiltInScalars.ID.ParseValue(value));

    [Fact]
    public void ID_ParseValue_Boolean_Fails() =>
        Assert.Equal("ID cannot represent value: true", Fails(() => BuiltInScalars.ID.ParseValue(true)));

    [Fact]
    public void ID_ParseLiteral_IntLiteral_BecomesString() =>
        Assert.Equal("4", BuiltInScalars.ID.ParseLiteral(new IntValueNode("4")));

    [Fact]
    public void ID_ParseLiteral_FloatLiteral_Fails() =>
        Assert.Equal("ID cannot represent a non-string and non-integer value: 4.5", Fails(() => BuiltInScalars.ID.ParseLiteral(new FloatValueNode("4.5"))));

    // ---- DateTime ----

    private static readonly DateTimeScalarType DateTime = new();

    [Fact]
    public void DateTime_SpecifiedByUrl_IsAndimarekDateTime() =>
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", DateTime.SpecifiedByUrl);

    [Fact]
    public void DateTime_Serialize_Offset_IsWrittenInUtcWithMilliseconds() =>
        Assert.Equal("2024-05-01T07:30:00.123Z", DateTime.Serialize(new DateTimeOffset(2024, 5, 1, 9, 30, 0, 123, TimeSpan.FromHours(2))));

    [Fact]
    public void DateTime_Serialize_UtcDateTime_IsWrittenAsIs() =>
        Assert.Equal("2024-01-02T03:04:05.000Z", DateTime.Serialize(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));

    [Fact]
    public void DateTime_Serialize_UnspecifiedKind_IsTakenAsUtc() =>
        Assert.Equal("2024-01-02T03:04:05.000Z", DateTime.Serialize(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified)));

    [Fact]
    public void DateTime_Serialize_ValidString_IsNormalized() =>
        Assert.Equal("2024-01-01T23:00:00.000Z", DateTime.Serialize("2024-01-02T00:00:00+01:00"));

    [Fact]
    public void DateTime_Serialize_Number_Fails() =>
        Assert.Equal("DateTime cannot represent value: 5", Fails(() => DateTime.Serialize(5)));

    [Theory]
    [InlineData("2024-05-01T09:30:00Z", 2024, 5, 1, 9, 30, 0, 0)]
    [InlineData("2024-05-01t09:30:00.5+02:00", 2024, 5, 1, 9, 30, 0, 120)]
    [InlineData("2024-02-29T23:59:59.123456789-05:30", 2024, 2, 29, 23, 59, 59, -330)]
    public void DateTime_ParseValue_Rfc3339_KeepsOffset(string text, int year, int month, int day, int hour, int minute, int second, int offsetMinutes)
    {
        var parsed = Assert.IsType<DateTimeOffset>(DateTime.ParseValue(text));
        Assert.Equal((year, month, day, hour, minute, second), (parsed.Year, parsed.Month, parsed.Day, parsed.Hour, parsed.Minute, parsed.Second));
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), parsed.Offset);
    }

    [Fact]
    public void DateTime_ParseValue_FractionBeyondTicks_IsTruncated()
    {
        var parsed = (DateTimeOffset)DateTime.ParseValue("2024-02-29T23:59:59.123456789Z");
        Assert.Equal(1234567, parsed.Ticks % TimeSpan.TicksPerSecond);
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00")] // no offset
    [InlineData("2024-05-01")]
    [InlineData("2023-02-29T00:00:00Z")] // not a leap year
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-05-01T09:30:60Z")]
    [InlineData("2024-05-01 09:30:00Z")]
    [InlineData("2024-05-01T09:30:00+15:00")] // beyond what an offset can be in .NET
    public void DateTime_ParseValue_InvalidString_Fails(string text) =>
        Assert.Equal($"DateTime cannot represent an invalid date-time string: \"{text}\"", Fails(() => DateTime.ParseValue(text)));

    [Fact]
    public void DateTime_ParseValue_Number_Fails() =>
        Assert.Equal("DateTime cannot represent a non string value: 1714550000", Fails(() => DateTime.ParseValue(1714550000L)));

    [Fact]
    public void DateTime_ParseLiteral_String_Accepted() =>
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), DateTime.ParseLiteral(new StringValueNode("2024-05-01T00:00:00Z")));

    [Fact]
    public void DateTime_ParseLiteral_Int_Fails() =>
        Assert.Equal("DateTime cannot represent a non string value: 5", Fails(() => DateTime.ParseLiteral(new IntValueNode("5"))));

    // ---- Date ----

    private static readonly DateScalarType Date = new();

    [Fact]
    public void Date_Serialize_DateOnly_IsIsoDate() =>
        Assert.Equal("2024-05-01", Date.Serialize(new DateOnly(2024, 5, 1)));

    [Fact]
    public void Date_Serialize_DateTime_UsesDatePart() =>
        Assert.Equal("2024-05-01", Date.Serialize(new DateTime(2024, 5, 1, 23, 0, 0)));

    [Fact]
    public void Date_Serialize_DateTimeOffset_Fails() =>
        Assert.StartsWith("Date cannot represent value: ", Fails(() => Date.Serialize(DateTimeOffset.UnixEpoch)));

    [Fact]
    public void Date_ParseValue_IsoDate_IsDateOnly() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Date.ParseValue("2024-02-29"));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-5-1")]
    [InlineData("2024-05-01T00:00:00Z")]
    [InlineData("01/05/2024")]
    public void Date_ParseValue_InvalidString_Fails(string text) =>
        Assert.Equal($"Date cannot represent an invalid date string: \"{text}\"", Fails(() => Date.ParseValue(text)));

    [Fact]
    public void Date_ParseLiteral_Enum_Fails() =>
        Assert.Equal("Date cannot represent a non string value: TODAY", Fails(() => Date.ParseLiteral(new EnumValueNode("TODAY"))));

    // ---- helpers ----

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    public void FormatNumber_WritesNumbersLikeJavaScript(double value, string expected) =>
        Assert.Equal(expected, ScalarValues.FormatNumber(value));
}
