namespace MentorGraph.GraphQL.Data.Sdl;

/// <summary>
/// The IBM GraphQL cost directives as HotChocolate declares them (<c>@listSize</c> with HotChocolate's
/// <c>slicingArgumentDefaultValue</c>), added to a schema that uses connections unless its SDL declares them.
/// The engine's MaxCost rule reads them.
/// </summary>
internal static class CostDirectiveDefinitions
{
    public const string Cost = "cost";
    public const string ListSize = "listSize";

    public static string CostSdl() =>
        SdlText.Quote("The weight of a field, argument, input field or type: what each of its appearances adds to an operation's cost (the IBM GraphQL cost directive).")
        + "\ndirective @cost(\n"
        + $"  {SdlText.Quote("The weight: a number, written as a string.")}\n  weight: String!\n"
        + ") on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR";

    public static string ListSizeSdl() =>
        SdlText.Quote("How many items a list field holds, or the sized fields of the object it returns (the IBM GraphQL cost directive), so that cost analysis can bound an operation.")
        + "\ndirective @listSize(\n"
        + $"  {SdlText.Quote("The most items the list holds when no slicing argument says otherwise.")}\n  assumedSize: Int\n"
        + $"  {SdlText.Quote("The field's arguments whose value is the number of items (e.g. first, last).")}\n  slicingArguments: [String!]\n"
        + $"  {SdlText.Quote("The number of items when no slicing argument is given.")}\n  slicingArgumentDefaultValue: Int\n"
        + $"  {SdlText.Quote("The fields of the returned object that hold the sized list (e.g. edges, nodes), when the field itself is no list.")}\n  sizedFields: [String!]\n"
        + $"  {SdlText.Quote("Whether an operation must give exactly one of the slicing arguments.")}\n  requireOneSlicingArgument: Boolean! = true\n"
        + ") on FIELD_DEFINITION";
}
