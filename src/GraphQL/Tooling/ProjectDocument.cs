namespace MentorGraph.GraphQL.Tooling;

/// <summary>
/// One GraphQL document of a front-end project: a whole <c>.graphql</c> file, or the text of one tagged template
/// in a script. <see cref="Line"/> and <see cref="Column"/> are where <see cref="Text"/> starts in <see cref="File"/>
/// (1-based, columns in UTF-16 code units as <see cref="Language.Source"/> counts them), so an error at a line and
/// column of the text can be reported at its place in the file.
/// </summary>
/// <param name="File">The file's name as the user gave it (errors are written with it).</param>
/// <param name="Text">The document's text; in a template, each <c>${…}</c> is replaced by as many spaces (its line breaks kept).</param>
/// <param name="Line">The file line the text starts on.</param>
/// <param name="Column">The file column the text starts at.</param>
public sealed record ProjectDocument(string File, string Text, int Line = 1, int Column = 1)
{
    /// <summary>The file position of a 1-based line and column of <see cref="Text"/>: only the first line is shifted right.</summary>
    public ErrorLocation ToFile(int line, int column) =>
        new(Line + line - 1, line == 1 ? Column + column - 1 : column);
}

/// <summary>A problem found in a project's documents, at its place in a file (line and column 0 when it has none).</summary>
public sealed record ProjectError(string File, int Line, int Column, string Message)
{
    /// <summary>The way compilers write errors, so editors and CI can jump to them: <c>file:line:column: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
