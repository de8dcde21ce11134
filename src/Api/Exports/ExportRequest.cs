using System.Globalization;
using MentorGraph.Api.Schema.Nodes;

namespace MentorGraph.Api.Exports;

/// <summary>A query parameter an export cannot use: answered 400 with <c>{"error":{"code","parameter","message"}}</c>.</summary>
public sealed class ExportParameterException(string code, string parameter, string message) : Exception(message)
{
    public string Code { get; } = code;

    public string Parameter { get; } = parameter;
}

/// <summary>
/// An export's query parameters: <c>from</c> and <c>to</c> (inclusive ISO dates in <c>Insights:TimeZone</c>; by default
/// the 12 months up to today), <c>programId</c> and <c>departmentId</c> (node ids as the API gives them).
/// </summary>
public sealed record ExportRequest(DateOnly From, DateOnly To, long? ProgramId, long? DepartmentId)
{
    /// <summary>The longest range one export may cover (a limit on the work one request can ask for).</summary>
    public const int MaxDays = 3700;

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "from", "to", "programId", "departmentId" };

    /// <exception cref="ExportParameterException">A parameter is malformed, unknown, repeated, or the range is empty or too long.</exception>
    public static ExportRequest Parse(IQueryCollection query, DateOnly today)
    {
        foreach (var (name, values) in query)
        {
            if (!Known.Contains(name))
            {
                throw new ExportParameterException("UNKNOWN_PARAMETER", name, $"Unknown query parameter '{name}'; exports take from, to, programId and departmentId.");
            }

            if (values.Count > 1)
            {
                throw new ExportParameterException("REPEATED_PARAMETER", name, $"The query parameter '{name}' is given {values.Count} times; give it once.");
            }
        }

        var to = Date(query, "to") ?? today;
        var from = Date(query, "from") ?? to.AddMonths(-12).AddDays(1);
        if (from > to)
        {
            throw new ExportParameterException("BAD_PERIOD", "from", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            throw new ExportParameterException("BAD_PERIOD", "from", $"An export covers at most {MaxDays} days; from {from:yyyy-MM-dd} to {to:yyyy-MM-dd} is longer.");
        }

        return new ExportRequest(from, to, Id(query, "programId", NodeTypes.Program), Id(query, "departmentId", NodeTypes.Department));
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        return DateOnly.TryParseExact(values.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ExportParameterException("BAD_DATE", name, $"{name} must be an ISO date (yyyy-MM-dd), not '{Shorten(values.ToString())}'.");
    }

    private static long? Id(IQueryCollection query, string name, string typeName)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        return GlobalId.TryDecode(values.ToString(), typeName, out var key)
            ? key
            : throw new ExportParameterException("BAD_ID", name, $"{name} must be the id of a {typeName} as the API gives it, not '{Shorten(values.ToString())}'.");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
