namespace MentorGraph.Api.Exports;

/// <summary>
/// Which dimensions a filtered topic-trends export slices by: the program (<c>programId</c>), the department
/// (<c>departmentId</c>), or both. The rows of every program / department are read and decided together; the filter only
/// picks which of them are written (<see cref="TopicTrendSlices"/>).
/// </summary>
public readonly record struct TopicTrendSlicing(bool ByProgram, bool ByDepartment)
{
    /// <summary>One group's key in a period: its program and department (null when not sliced by, or without one) and topic.</summary>
    public static string Key(string? program, string? department, string topic) => $"{program}|{department}|{topic}";
}
