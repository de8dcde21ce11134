using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using MentorGraph.GraphQL.Validation.Rules.Custom;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation;

public class DocumentValidatorTests
{
    /// <summary>The introspection query tools such as GraphiQL send (the form graphql-js's getIntrospectionQuery gives).</summary>
    private const string IntrospectionQuery = Types.IntrospectionTests.FullIntrospectionQuery;

    [Fact]
    public void DocumentValidator_IntrospectionQuery_PassesEveryRuleWithDefaultLimits() => ExpectValid(IntrospectionQuery);

    [Fact]
    public void DocumentValidator_KitchenSinkQuery_PassesEveryRule() => ExpectValid(
        """
        query Dogs($search: FindDogInput = { name: "Fido" }, $command: DogCommand!, $homes: Boolean = true, $skip: Boolean!) @onQuery {
          findDog(searchBy: $search) {
            ...dogFields
            ... on Pet { name }
            alias: nickname @skip(if: $skip)
          }
          pet {
            __typename
            ... on Dog { doesKnowCommand(dogCommand: $command) volume: barkVolume }
            ... on Cat { doesKnowCommand(catCommand: JUMP) volume: meowVolume }
          }
          catOrDog { ...catOrDogFields }
          human(id: 4) { name pets { name } relatives(first: 3) { name } }
          arguments {
            multipleRequirements(y: 2, x: 1)
            floatArgField(floatArg: 1)
            booleanListArgField(booleanListArg: [true, null])
            optionalNonNullBooleanArgField(optionalBooleanArg: $homes)
            nestedListField(matrix: [[1], 2])
          }
          requiredFields(input: { requiredField: true, listField: "single" })
          when(at: "2024-02-29T12:00:00Z")
          __type(name: "Dog") { name fields { name } }
        }

        mutation AddPets($cat: CatInput!) @onMutation {
          addPet(pet: { cat: $cat }) { name }
          addPets(pets: [{ dog: { name: "Rex" } }, { cat: $cat }]) { name ...on Dog { owner { name } } }
        }

        subscription Messages {
          newMessage { body sender }
        }

        fragment dogFields on Dog @onFragmentDefinition {
          name
          owner { name }
          isHouseTrained(atOtherHomes: $homes)
        }

        fragment catOrDogFields on CatOrDog {
          ... on Dog { name }
          ... on Cat { name nickname }
        }
        """);

    [Fact]
    public void DocumentValidator_DocumentBreakingSeveralRules_ReportsEachInDiscoveryOrder() => AssertErrors(
        Validate("""
            query Q($unused: Int) {
              dog { unknownField name: nickname name }
              ...missing
            }
            """),
        [
            new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 22), (2, 37)),
            ("Cannot query field \"unknownField\" on type \"Dog\".", 2, 9),
            ("Unknown fragment \"missing\".", 3, 6),
            ("Variable \"$unused\" is never used in operation \"Q\".", 1, 9),
        ]);

    [Fact]
    public void DocumentValidator_ErrorLimit_StopsWithAFinalError()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 10).Select(i => $"unknown{i}")) + " }";
        var errors = Validate(query, options: new GraphQLOptions { MaxValidationErrors = 3 });

        Assert.Equal(4, errors.Count);
        Assert.All(errors.Take(3), e => Assert.StartsWith("Cannot query field \"unknown", e.Message));
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[3].Message);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
        Assert.Equal("MaxValidationErrors", errors[3].Extensions!["limit"]);
    }

    [Fact]
    public void DocumentValidator_ErrorsWithinTheLimit_AreAllReportedWithoutAbortError()
    {
        var errors = Validate("{ a b c }", options: new GraphQLOptions { MaxValidationErrors = 3 });

        Assert.Equal(3, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message.StartsWith("Too many", StringComparison.Ordinal));
    }

    [Fact]
    public void DocumentValidator_DefaultOptions_EnforceDepthAndCostLimits()
    {
        var deep = "{ dog " + string.Concat(Enumerable.Repeat("{ owner { pets { ... on Dog ", 7)) + "{ name }" + string.Concat(Enumerable.Repeat(" } } }", 7)) + " }";
        var costly = "{ findDogs(first: 100) { owner { relatives(first: 100) { name } } } }";

        AssertErrors(Validate(deep, [() => new MaxDepth()]), [("The anonymous operation is nested deeper than the maximum depth of 15 (MaxQueryDepth).", 1, 1)]);
        AssertErrors(Validate(costly, [() => new MaxCost()]), [("The operation's cost of 10201 exceeds the maximum cost of 5000 (MaxQueryCost).", 1, 1)]);
    }

    [Fact]
    public void DocumentValidator_DepthAndCostLimits_StayValidationErrorsNamingTheirOption()
    {
        var deep = "{ dog " + string.Concat(Enumerable.Repeat("{ owner { pets { ... on Dog ", 7)) + "{ name }" + string.Concat(Enumerable.Repeat(" } } }", 7)) + " }";
        var costly = "{ findDogs(first: 100) { owner { relatives(first: 100) { name } } } }";

        var depthError = Assert.Single(Validate(deep, [() => new MaxDepth()]));
        var costError = Assert.Single(Validate(costly, [() => new MaxCost()]));

        Assert.Equal(ErrorCodes.ValidationFailed, depthError.Code);
        Assert.Equal("MaxQueryDepth", depthError.Extensions!["limit"]);
        Assert.Equal(ErrorCodes.ValidationFailed, costError.Code);
        Assert.Equal("MaxQueryCost", costError.Extensions!["limit"]);
    }

    [Fact]
    public void DocumentValidator_SpecifiedRules_ListEverySectionFiveRuleInTheSpecsOrder()
    {
        var names = SpecifiedRules.All.Select(create => create().GetType().Name).ToList();

        Assert.Equal(
            [
                nameof(ExecutableDefinitions),
                nameof(OperationNameUniqueness),
                nameof(LoneAnonymousOperation),
                nameof(SingleRootField),
                nameof(FieldSelections),
                nameof(FieldSelectionMerging),
                nameof(LeafFieldSelections),
                nameof(ArgumentNames),
                nameof(ArgumentUniqueness),
                nameof(RequiredArguments),
                nameof(FragmentNameUniqueness),
                nameof(FragmentSpreadTypeExistence),
                nameof(FragmentsOnCompositeTypes),
                nameof(FragmentsMustBeUsed),
                nameof(FragmentSpreadTargetDefined),
                nameof(FragmentSpreadsMustNotFormCycles),
                nameof(FragmentSpreadIsPossible),
                nameof(ValuesOfCorrectType),
                nameof(InputObjectFieldNames),
                nameof(InputObjectFieldUniqueness),
                nameof(InputObjectRequiredFields),
                nameof(DirectivesAreDefined),
                nameof(DirectivesAreInValidLocations),
                nameof(DirectivesAreUniquePerLocation),
                nameof(VariableUniqueness),
                nameof(VariablesAreInputTypes),
                nameof(AllVariableUsesDefined),
                nameof(AllVariablesUsed),
                nameof(AllVariableUsagesAreAllowed),
                nameof(MaxDepth),
                nameof(MaxCost),
            ],
            names);
    }

    [Fact]
    public void DocumentValidator_EveryRuleClass_IsRegistered()
    {
        var registered = SpecifiedRules.All.Select(create => create().GetType()).ToHashSet();
        var ruleTypes = typeof(ValidationRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ValidationRule)) && !t.IsAbstract);

        Assert.All(ruleTypes, t => Assert.Contains(t, registered));
    }

    [Fact]
    public void DocumentValidator_RuleInstances_AreFreshForEachDocument()
    {
        // Rules keep per-document state (seen names); a second validation must not see the first's.
        const string query = "query A { dog { name } }";
        ExpectValid(query);
        ExpectValid(query);
    }

    [Fact]
    public void DocumentValidator_DefaultFieldLookup_FindsMetaFieldsOnlyWhereTheyExist()
    {
        var schema = Schema;
        Assert.NotNull(SpecifiedRules.DefaultFieldLookup(schema, schema.QueryType, "__schema"));
        Assert.NotNull(SpecifiedRules.DefaultFieldLookup(schema, schema.QueryType, "__type"));
        Assert.NotNull(SpecifiedRules.DefaultFieldLookup(schema, schema.GetType("CatOrDog")!, "__typename"));
        Assert.Null(SpecifiedRules.DefaultFieldLookup(schema, schema.GetType("Dog")!, "__schema"));
        Assert.Equal("name", SpecifiedRules.DefaultFieldLookup(schema, schema.GetType("Dog")!, "name")?.Name);
    }

    [Fact]
    public void DocumentValidator_ParsedDocumentFromParser_CarriesLocationsIntoErrors()
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse("{\n  cat { name }\n}"));

        var error = Assert.Single(errors);
        Assert.Equal("Cannot query field \"cat\" on type \"Query\". Did you mean \"pet\"?", error.Message);
        Assert.Equal([new ErrorLocation(2, 3)], error.Locations);
    }
}
