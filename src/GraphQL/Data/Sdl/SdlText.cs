using MentorGraph.GraphQL.Language;

namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>Small helpers for writing generated SDL text.</summary>
internal static class SdlText
{
    /// <summary>A description as a GraphQL string literal.</summary>
    public static string Quote(string text) => Printer.PrintString(text);
}
