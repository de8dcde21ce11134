using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Binding;

/// <summary>A field bound as a connection: where it is, which entity it pages, and its own page sizes (for its <c>@listSize</c>).</summary>
internal sealed record ConnectionDeclaration(string Coordinate, EntityShape Shape, int? DefaultPageSize, int? MaxPageSize)
{
    public string TypeName => Coordinate.Split('.')[0];

    public string FieldName => Coordinate.Split(".") is [_, var fieldName] ? fieldName : string.Empty;
}
