using System.Text.RegularExpressions;

namespace MentorGraph.Api.Jobs;

/// <summary>
/// Checks a recurring job's schedule at start-up, so a typo fails there naming its key instead of when Hangfire
/// registers the job: five fields (minute hour day month weekday), or six with seconds first of numbers, ranges, lists and steps.
/// </summary>
public static partial class CronSchedule
{
    public static bool IsValid(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return false;
        }

        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length is 5 or 6 && fields.All(field => Field().IsMatch(field));
    }

    [GeneratedRegex(@"^(\*|\d{1,2}(-\d{1,2})?)(/\d{1,2})?(,(\*|\d{1,2}(-\d{1,2})?)(/\d{1,2})?)*$")]
    private static partial Regex Field();
}
