using System.Text;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FieldSelectionMergingTests
{
    private static readonly Func<ValidationRule> Rule = () => new FieldSelectionMerging();

    private static string Conflict(string responseName, string reason) =>
        $"Fields \"{responseName}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void FieldSelectionMerging_SpecIdenticalFieldsAndAliases_Merge() => ExpectValid(
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_SpecAliasOverAnotherField_Conflicts() => ExpectErrors(
        """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        Rule,
        new ExpectedError(Conflict("name", "\"nickname\" and \"name\" are different fields"), (2, 3), (3, 3)));

    [Fact]
    public void FieldSelectionMerging_SpecIdenticalArgumentsAndVariables_Merge() => ExpectValid(
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_SpecDifferingArguments_Conflict() => ExpectErrors(
        """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Rule,
        new ExpectedError(Conflict("doesKnowCommand", "they have differing arguments"), (2, 3), (3, 3)),
        new ExpectedError(Conflict("doesKnowCommand", "they have differing arguments"), (7, 3), (8, 3)),
        new ExpectedError(Conflict("doesKnowCommand", "they have differing arguments"), (12, 3), (13, 3)),
        new ExpectedError(Conflict("doesKnowCommand", "they have differing arguments"), (17, 3), (18, 3)));

    [Fact]
    public void FieldSelectionMerging_SpecDifferingFieldsOnDistinctObjectTypes_AreSafe() => ExpectValid(
        """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_SpecDifferingScalarResponseShapes_Conflict() => ExpectErrors(
        """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("someValue", "they return conflicting types \"String\" and \"Int\""), (3, 5), (6, 5)));

    [Fact]
    public void FieldSelectionMerging_ObjectValueArgumentsInAnyFieldOrder_Merge() => ExpectValid(
        """
        {
          findDog(searchBy: { name: "Rex", owner: "Ann" }) { name }
          findDog(searchBy: { owner: "Ann", name: "Rex" }) { name }
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_ArgumentsInDifferentOrder_Merge() => ExpectValid(
        """
        fragment f on Arguments {
          multipleRequirements(x: 1, y: 2)
          multipleRequirements(y: 2, x: 1)
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_DifferentDirectives_Merge() => ExpectValid(
        """
        fragment f on Dog {
          name @include(if: true)
          name @skip(if: false)
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_DifferentAliasesForSameField_Merge() => ExpectValid(
        """
        fragment f on Dog {
          first: name
          second: name
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_ConflictThroughFragmentSpread_ReportedOnOuterSelectionSet() => ExpectErrors(
        """
        {
          dog {
            ...A
            ...B
          }
        }

        fragment A on Dog {
          x: name
        }

        fragment B on Dog {
          x: nickname
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"name\" and \"nickname\" are different fields"), (9, 3), (13, 3)));

    [Fact]
    public void FieldSelectionMerging_ConflictBetweenFieldAndFragment_Reported() => ExpectErrors(
        """
        {
          dog {
            x: barkVolume
            ...A
          }
        }

        fragment A on Dog {
          x: name
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"barkVolume\" and \"name\" are different fields"), (3, 5), (9, 3)));

    [Fact]
    public void FieldSelectionMerging_ConflictThroughNestedFragments_Reported() => ExpectErrors(
        """
        {
          dog {
            ...A
          }
        }

        fragment A on Dog {
          x: name
          ...B
        }

        fragment B on Dog {
          x: nickname
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"name\" and \"nickname\" are different fields"), (8, 3), (13, 3)));

    [Fact]
    public void FieldSelectionMerging_ConflictThroughInlineFragments_Reported() => ExpectErrors(
        """
        {
          dog {
            ... { x: name }
            ... on Dog { x: barkVolume }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"name\" and \"barkVolume\" are different fields"), (3, 11), (4, 18)));

    [Fact]
    public void FieldSelectionMerging_DeepConflict_ReportsSubfieldsAndAllFieldLocations() => ExpectErrors(
        """
        {
          dog {
            owner { name }
          }
          dog {
            owner { name: homePlanet }
          }
        }
        """,
        Rule,
        new ExpectedError(
            Conflict("dog", "subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"homePlanet\" are different fields"),
            (2, 3), (3, 5), (3, 13), (5, 3), (6, 5), (6, 13)));

    [Fact]
    public void FieldSelectionMerging_SeveralSubfieldConflicts_JoinedWithAnd() => ExpectErrors(
        """
        {
          dog {
            x: name
            y: barkVolume
          }
          dog {
            x: nickname
            y: name
          }
        }
        """,
        Rule,
        new ExpectedError(
            Conflict("dog", "subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" and \"name\" are different fields"),
            (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void FieldSelectionMerging_SubfieldsOfMutuallyExclusiveParents_StillNeedSameShape() => ExpectErrors(
        """
        {
          catOrDog {
            ... on Dog { owner { x: name } }
            ... on Cat { owner: nickname }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("owner", "they return conflicting types \"Human\" and \"String\""), (3, 18), (4, 18)));

    [Fact]
    public void FieldSelectionMerging_DifferentFieldsOnInterfaceAndObject_Conflict() => ExpectErrors(
        """
        {
          pet {
            name
            ... on Dog { name: nickname }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("name", "\"name\" and \"nickname\" are different fields"), (3, 5), (4, 18)));

    [Fact]
    public void FieldSelectionMerging_DifferentFieldsOnTwoInterfaces_Conflict() => ExpectErrors(
        """
        {
          dogOrHuman {
            ... on Pet { x: name }
            ... on Sentient { x: __typename }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"name\" and \"__typename\" are different fields"), (3, 18), (4, 23)));

    [Fact]
    public void FieldSelectionMerging_NonNullAgainstNullable_Conflicts() => ExpectErrors(
        """
        {
          catOrDog {
            ... on Dog { v: name }
            ... on Cat { v: nickname }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("v", "they return conflicting types \"String!\" and \"String\""), (3, 18), (4, 18)));

    [Fact]
    public void FieldSelectionMerging_ListAgainstSingleValue_Conflicts() => ExpectErrors(
        """
        {
          dogOrHuman {
            ... on Human { x: pets { name } }
            ... on Dog { x: owner { name } }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "they return conflicting types \"[Pet!]\" and \"Human\""), (3, 20), (4, 18)));

    [Fact]
    public void FieldSelectionMerging_SameShapeOnDistinctObjects_AreSafe() => ExpectValid(
        """
        {
          catOrDog {
            ... on Dog { n: nickname }
            ... on Cat { n: nickname }
          }
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_SameFragmentSpreadTwice_IsNotComparedWithItself() => ExpectValid(
        """
        {
          dog { ...A ...A }
        }

        fragment A on Dog {
          x: name
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_UnknownFragmentsAndFields_AreLeftToOtherRules() => ExpectValid(
        """
        {
          dog { ...Missing unknownField }
          dog { unknownField }
        }
        """,
        Rule);

    [Fact]
    public void FieldSelectionMerging_FragmentCycles_DoNotLoopAndReportInEachFragment() => ExpectErrors(
        """
        {
          dog { ...A }
        }

        fragment A on Dog {
          x: name
          ...B
        }

        fragment B on Dog {
          x: nickname
          ...A
        }
        """,
        Rule,
        new ExpectedError(Conflict("x", "\"name\" and \"nickname\" are different fields"), (6, 3), (11, 3)),
        new ExpectedError(Conflict("x", "\"nickname\" and \"name\" are different fields"), (11, 3), (6, 3)));

    [Fact]
    public void FieldSelectionMerging_ManyFragmentsSpreadEverywhere_ValidatesWithBoundedWork()
    {
        // 60 fragments, each spreading every later one, and a query spreading them all: the paths through the
        // spreads number in the astronomically many, but each pair of fragments is compared once.
        const int count = 60;
        var document = new StringBuilder("{ dog { ");
        for (var i = 0; i < count; i++)
        {
            document.Append($"...F{i} ");
        }

        document.Append("} }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append($"fragment F{i} on Dog {{ name owner {{ name }} ");
            for (var j = i + 1; j < count; j++)
            {
                document.Append($"...F{j} ");
            }

            document.Append("}\n");
        }

        ExpectValid(document.ToString(), Rule);
    }

    [Fact]
    public void FieldSelectionMerging_ManyFragmentsWithOneConflict_ReportedOnce()
    {
        const int count = 30;
        var document = new StringBuilder("{ dog { ");
        for (var i = 0; i < count; i++)
        {
            document.Append($"...F{i} ");
        }

        document.Append("x: nickname } }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append(i == count - 1 ? $"fragment F{i} on Dog {{ x: name }}\n" : $"fragment F{i} on Dog {{ name ...F{i + 1} }}\n");
        }

        var errors = Validate(document.ToString(), [Rule]);
        Assert.Single(errors);
        Assert.Equal(Conflict("x", "\"nickname\" and \"name\" are different fields"), errors[0].Message);
    }

    [Fact]
    public void FieldSelectionMerging_ConflictInsideInlineFragment_ReportedOnce() => ExpectErrors(
        """
        {
          dog {
            ... on Dog {
              name: nickname
              name
            }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("name", "\"nickname\" and \"name\" are different fields"), (4, 7), (5, 7)));

    [Fact]
    public void FieldSelectionMerging_ConflictInsideNestedInlineFragmentsWithoutTypeCondition_ReportedOnce() => ExpectErrors(
        """
        {
          ... {
            ... @include(if: true) {
              dog { name }
              dog: pet { name }
            }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("dog", "\"dog\" and \"pet\" are different fields"), (4, 7), (5, 7)));

    [Fact]
    public void FieldSelectionMerging_ConflictInsideInlineFragmentOnNonCompositeType_ReportedOnce() => ExpectErrors(
        """
        {
          ... on DogCommand {
            dog { name }
            dog: human { name }
          }
        }
        """,
        Rule,
        new ExpectedError(Conflict("dog", "\"dog\" and \"human\" are different fields"), (3, 5), (4, 5)));

    [Fact]
    public void FieldSelectionMerging_ExponentiallyManyNestedComparisons_AbortsValidationInsteadOfRunningForMinutes()
    {
        // Four "relatives" at each of five levels, twice: about 16^5 field pairs to compare, in 60 KB.
        static string Tree(int level) => level == 0
            ? "name"
            : string.Join(" ", Enumerable.Repeat($"relatives {{ {Tree(level - 1)} }}", 4));
        var query = $"{{ human {{ {Tree(5)} }} human {{ {Tree(5).Replace("name", "name: __typename")} }} }}";

        var errors = Validate(query, [Rule]);

        Assert.StartsWith("Validation aborted", errors[^1].Message);
        Assert.All(errors, error => Assert.True(error.Message.Length < 2_000));
    }

    [Fact]
    public void FieldSelectionMerging_ManyConflictingSubfields_MessageAndLocationsAreBounded()
    {
        var fields = Enumerable.Range(0, 100).Select(i => $"subfield{i}WithARatherLongResponseName: name").ToList();
        var others = Enumerable.Range(0, 100).Select(i => $"subfield{i}WithARatherLongResponseName: nickname").ToList();
        var query = $"{{ dog {{ {string.Join(" ", fields)} }} dog {{ {string.Join(" ", others)} }} }}";

        var errors = Validate(query, [Rule]);

        var error = Assert.Single(errors);
        Assert.StartsWith("Fields \"dog\" conflict because subfields \"subfield0WithARatherLongResponseName\" conflict", error.Message);
        Assert.Contains("...", error.Message);
        Assert.True(error.Message.Length < 1_200, $"message of {error.Message.Length} characters");
        Assert.Equal(2 * FieldSelectionMerging.MaxConflictNodes, error.Locations!.Count);
    }

    [Fact]
    public void FieldSelectionMerging_LongChainOfFragmentsEachOnlySpreadingTheNext_IsValidWithinTheBudget()
    {
        var fragments = Enumerable.Range(0, 1500).Select(i => i < 1499
            ? $"fragment F{i} on Dog {{ ...F{i + 1} }}"
            : $"fragment F{i} on Dog {{ name }}");
        var query = "{ dog { ...F0 } } " + string.Join(" ", fragments);

        Assert.Empty(Validate(query, [Rule]));
    }

    [Fact]
    public void FieldSelectionMerging_ConfiguredComparisonBudget_AbortsOnceSpent()
    {
        const string query = "{ dog { name name name name name name } }";

        var withinBudget = ValidationHarness.Validate(query, [Rule], options: new GraphQLOptions { MaxFieldMergeComparisons = 1_000 });
        var overBudget = ValidationHarness.Validate(query, [Rule], options: new GraphQLOptions { MaxFieldMergeComparisons = 3 });

        Assert.Empty(withinBudget);
        var error = Assert.Single(overBudget);
        Assert.StartsWith("Validation aborted", error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal("MaxFieldMergeComparisons", error.Extensions!["limit"]);
    }
}
