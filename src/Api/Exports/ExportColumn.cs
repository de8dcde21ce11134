namespace MentorGraph.Api.Exports;

/// <summary>The type of an export column: how CSV and JSON Lines spell its values (README "Exports" lists them).</summary>
public enum ExportColumnType
{
    /// <summary>Text; in CSV quoted only when it must be (RFC 4180), in JSON a string.</summary>
    Text,

    /// <summary>An ISO date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>A whole number; empty in CSV and null in JSON when suppressed.</summary>
    Integer,

    /// <summary>A fraction from 0 to 1 (invariant culture, round-trip precision); empty/null when unknown or suppressed.</summary>
    Fraction,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}

/// <summary>One column of an export: its name (the CSV header and the JSON property), its type, what it holds.</summary>
public sealed record ExportColumn(string Name, ExportColumnType Type, string Description);
