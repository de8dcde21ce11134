using System.Text;

namespace MentorGraph.Analytics.Records;

/// <summary>
/// Reads JSON Lines records one at a time, never holding more than the line limit of one line in
/// memory. Blank lines are skipped; a line over the limit yields a <see cref="ValidationCodes.TooLong"/>
/// error without a field.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<NoteRecord> Read(TextReader reader, RecordLimits limits, bool requireLabels)
    {
        ArgumentNullException.ThrowIfNull(reader);
        limits.Validate();
        var line = new StringBuilder();
        var lineNumber = 0;
        while (true)
        {
            var (ended, tooLong) = ReadLine(reader, line, limits.MaxLineLength);
            if (ended && line.Length == 0 && !tooLong)
            {
                yield break;
            }

            lineNumber++;
            if (tooLong)
            {
                yield return new NoteRecord(lineNumber, null, null, null, null, new RecordError(
                    ValidationCodes.TooLong, null, $"Line {lineNumber} is longer than {limits.MaxLineLength} characters."));
            }
            else if (!string.IsNullOrWhiteSpace(line.ToString()))
            {
                yield return NoteRecordParser.Parse(line.ToString(), lineNumber, limits, requireLabels);
            }

            if (ended)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads up to the next '\n' into <paramref name="line"/>; returns whether the input ended and whether the line was cut.</summary>
    private static (bool Ended, bool TooLong) ReadLine(TextReader reader, StringBuilder line, int maxLength)
    {
        line.Clear();
        var tooLong = false;
        while (true)
        {
            var c = reader.Read();
            if (c == -1)
            {
                return (true, tooLong);
            }

            if (c == '\n')
            {
                return (false, tooLong);
            }

            if (tooLong)
            {
                continue;
            }

            if (c != '\r')
            {
                line.Append((char)c);
            }

            if (line.Length > maxLength)
            {
                tooLong = true;
                line.Clear();
            }
        }
    }
}
