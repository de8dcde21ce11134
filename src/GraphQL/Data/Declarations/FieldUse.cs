namespace MentorGraph.GraphQL.Data.Declarations;

/// <summary>Where a declared field is offered to clients: in the <c>where</c> filter, the <c>order</c> sort, or both.</summary>
[Flags]
public enum FieldUse
{
    /// <summary>Only in the entity's <c>{Type}FilterInput</c>.</summary>
    Filter = 1,

    /// <summary>Only in the entity's <c>{Type}SortInput</c>.</summary>
    Sort = 2,

    /// <summary>In both.</summary>
    FilterAndSort = Filter | Sort,
}
