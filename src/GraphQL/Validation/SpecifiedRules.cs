using MentorGraph.GraphQL.Types;
using MentorGraph.GraphQL.Validation.Rules;
using MentorGraph.GraphQL.Validation.Rules.Custom;

namespace MentorGraph.GraphQL.Validation;

/// <summary>The rules of spec section 5, in the spec's order, plus the engine's configurable limits.</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// One instance of every rule, shared by all validations: rules keep no state of their own (what they
    /// remember about a document lives in <see cref="ValidationContext.GetState{TState}"/>).
    /// </summary>
    internal static ValidationRule[] Instances { get; } =
    [
        new ExecutableDefinitions(),
        new OperationNameUniqueness(),
        new LoneAnonymousOperation(),
        new SingleRootField(),
        new FieldSelections(),
        new FieldSelectionMerging(),
        new LeafFieldSelections(),
        new ArgumentNames(),
        new ArgumentUniqueness(),
        new RequiredArguments(),
        new FragmentNameUniqueness(),
        new FragmentSpreadTypeExistence(),
        new FragmentsOnCompositeTypes(),
        new FragmentsMustBeUsed(),
        new FragmentSpreadTargetDefined(),
        new FragmentSpreadsMustNotFormCycles(),
        new FragmentSpreadIsPossible(),
        new ValuesOfCorrectType(),
        new InputObjectFieldNames(),
        new InputObjectFieldUniqueness(),
        new InputObjectRequiredFields(),
        new DirectivesAreDefined(),
        new DirectivesAreInValidLocations(),
        new DirectivesAreUniquePerLocation(),
        new VariableUniqueness(),
        new VariablesAreInputTypes(),
        new AllVariableUsesDefined(),
        new AllVariablesUsed(),
        new AllVariableUsagesAreAllowed(),
        new MaxDepth(),
        new MaxCost(),
    ];

    /// <summary>Every rule a request document must pass (each factory gives the shared instance).</summary>
    public static IReadOnlyList<Func<ValidationRule>> All { get; } = [.. Instances.Select(rule => (Func<ValidationRule>)(() => rule))];

    /// <summary>Finds fields on object and interface types, and the introspection meta-fields: <c>__typename</c>
    /// on every composite type, <c>__schema</c> and <c>__type</c> on the query root type.</summary>
    public static FieldDefinition? DefaultFieldLookup(Schema schema, NamedType parentType, string fieldName) =>
        Introspection.GetFieldDefinition(schema, parentType, fieldName);
}
