namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>
/// What a declared field holds, which decides its filter input (<c>StringOperationFilterInput</c>,
/// <c>IntOperationFilterInput</c>, ...) and whether it can be sorted on.
/// </summary>
public enum DataFieldKind
{
    /// <summary>A <c>string</c>: <c>StringOperationFilterInput</c>, matched through the options' string matching.</summary>
    String,

    /// <summary>A whole number (<c>int</c>, <c>long</c>, <c>short</c>, <c>byte</c>): <c>IntOperationFilterInput</c>.</summary>
    Int,

    /// <summary>A <c>double</c>, <c>float</c> or <c>decimal</c>: <c>FloatOperationFilterInput</c>.</summary>
    Float,

    /// <summary>A <c>bool</c>: <c>BooleanOperationFilterInput</c>.</summary>
    Boolean,

    /// <summary>A <c>DateTimeOffset</c> (or <c>DateTime</c>): <c>DateTimeOperationFilterInput</c>.</summary>
    DateTime,

    /// <summary>A <c>DateOnly</c>: <c>DateOperationFilterInput</c>.</summary>
    Date,

    /// <summary>A value of a GraphQL enum: <c>{Enum}OperationFilterInput</c>.</summary>
    Enum,

    /// <summary>A key exposed as a global id: <c>IdOperationFilterInput</c>; the declaration parses the ids.</summary>
    Id,

    /// <summary>A single related object: its own <c>{Type}FilterInput</c> (and <c>{Type}SortInput</c>).</summary>
    Object,

    /// <summary>A collection of related objects: <c>ListFilterInputTypeOf{Type}FilterInput</c>; never sortable.</summary>
    List,
}
