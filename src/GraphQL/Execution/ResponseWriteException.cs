namespace MentorGraph.GraphQL.Execution;

/// <summary>
/// Writing a response failed (a value the writer cannot write: a host's bug, never a client's input).
/// <see cref="NothingWritten"/> says whether any byte reached the output before the failure: when none did,
/// the output holds nothing of this response and the host can still answer with an error of its own.
/// </summary>
public sealed class ResponseWriteException(Exception innerException, bool nothingWritten)
    : Exception("The GraphQL response could not be written as JSON.", innerException)
{
    public bool NothingWritten { get; } = nothingWritten;
}
