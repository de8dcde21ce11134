namespace MentorGraph.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document and a name for it (used in messages). Positions are UTF-16 offsets
/// into <see cref="Body"/>; lines and columns are 1-based, columns counted in UTF-16 code units.
/// </summary>
public sealed class Source
{
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of a position. Lines end at "\n", "\r\n" or "\r" (spec 2.1.2).
    /// Linear in the position: meant for error reporting, the lexer tracks lines itself.
    /// </summary>
    public (int Line, int Column) GetLineColumn(int position)
    {
        position = Math.Clamp(position, 0, Body.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var c = Body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < Body.Length && Body[i + 1] == '\n')
                {
                    i++;
                    if (i >= position)
                    {
                        // The position is the "\n" of a "\r\n": still on the line the "\r" ends.
                        return (line, position - lineStart + 1);
                    }
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }
}
