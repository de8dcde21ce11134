namespace MentorGraph.GraphQL.Data;

/// <summary>
/// The <c>extensions.code</c> values of the errors paging reports, so clients can tell a stale or foreign
/// cursor from a page that is too large without reading the message. Bad filter values (an id of the wrong
/// type, a number out of range) are <see cref="ErrorCodes.BadUserInput"/>, like any other argument value
/// that does not fit.
/// </summary>
public static class DataErrorCodes
{
    /// <summary>A cursor that is not one this server made: malformed, edited, truncated, or of an unknown version.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A cursor made for another order (or another connection's entity): its values cannot position this one.</summary>
    public const string CursorOrderMismatch = "CURSOR_ORDER_MISMATCH";

    /// <summary><c>first</c> or <c>last</c> above the maximum page size; <c>extensions.maxPageSize</c> gives it.</summary>
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";

    /// <summary>Paging arguments that do not go together: both <c>first</c> and <c>last</c>, or a negative count.</summary>
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
}
