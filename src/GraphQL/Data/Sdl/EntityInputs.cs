using MentorGraph.GraphQL.Data.Declarations;

namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>
/// The per-entity inputs: <c>{Type}FilterInput</c> (with <c>and</c>/<c>or</c>, one field per filterable
/// declaration), <c>ListFilterInputTypeOf{Type}FilterInput</c> for list fields, <c>{Type}SortInput</c> and the
/// shared <c>SortEnumType</c> — HotChocolate's names and shapes.
/// </summary>
internal static class EntityInputs
{
    public const string SortEnumTypeName = "SortEnumType";

    public static string ListFilterName(EntityShape element) => "ListFilterInputTypeOf" + element.FilterInputName;

    /// <summary>The input type a filterable field is filtered with.</summary>
    public static string FilterTypeOf(DataField field) => field.Kind switch
    {
        DataFieldKind.Object => field.Shape!.FilterInputName,
        DataFieldKind.List => ListFilterName(field.Shape!),
        _ => OperationInputs.NameOf(field),
    };

    public static string Filter(EntityShape shape)
    {
        var name = shape.FilterInputName;
        var fields = new List<string>
        {
            OperationInputs.Field("and", $"[{name}!]", "All of these filters must hold."),
            OperationInputs.Field("or", $"[{name}!]", "At least one of these filters must hold."),
        };
        foreach (var field in shape.Fields.Where(f => f.IsFilterable))
        {
            var description = field.Kind switch
            {
                DataFieldKind.Object => $"Conditions on the related `{field.Name}`; not met if none you may see.",
                DataFieldKind.List => $"Conditions on the elements of `{field.Name}` you may see.",
                _ => $"Conditions on `{field.Name}`.",
            };
            fields.Add(OperationInputs.Field(field.Name, FilterTypeOf(field), description));
        }

        return OperationInputs.Input(
            name,
            $"Filters {shape.TypeName} values: every condition given must hold; `and` and `or` combine whole filters.",
            fields);
    }

    public static string ListFilter(EntityShape element)
    {
        var filter = element.FilterInputName;
        string[] fields =
        [
            OperationInputs.Field("all", filter, "Every element matches this filter (true for an empty list)."),
            OperationInputs.Field("none", filter, "No element matches this filter."),
            OperationInputs.Field("some", filter, "At least one element matches this filter."),
            OperationInputs.Field("any", "Boolean", "true: the list has elements; false: it is empty."),
        ];
        return OperationInputs.Input(ListFilterName(element), $"Conditions on a list of {element.TypeName} values.", fields);
    }

    public static string Sort(EntityShape shape)
    {
        var fields = shape.Fields
            .Where(f => f.IsSortable && f.Kind != DataFieldKind.List && (f.Kind != DataFieldKind.Object || f.Shape!.HasSorts))
            .Select(f => f.Kind == DataFieldKind.Object
                ? OperationInputs.Field(f.Name, f.Shape!.SortInputName, $"Sort by a field of the related `{f.Name}`; null if none you may see.")
                : OperationInputs.Field(f.Name, SortEnumTypeName, $"Sort by `{f.Name}`."));
        return OperationInputs.Input(
            shape.SortInputName,
            $"Sorts {shape.TypeName} values by one field: name one field per element of `order`, and give several elements to sort by several fields.",
            fields);
    }

    public static string SortEnumType() =>
        $"{SdlText.Quote("The direction of a sort.")}\nenum {SortEnumTypeName} {{\n"
        + $"  {SdlText.Quote("Ascending: smallest first, nulls last.")}\n  ASC\n"
        + $"  {SdlText.Quote("Descending: largest first, nulls first.")}\n  DESC\n}}";
}
