using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class LeafFieldSelectionsTests
{
    private static readonly Func<ValidationRule> Rule = () => new LeafFieldSelections();

    [Fact]
    public void LeafFieldSelections_SpecScalarWithoutSelection_IsValid() => ExpectValid(
        """
        fragment scalarSelection on Dog {
          barkVolume
        }
        """,
        Rule);

    [Fact]
    public void LeafFieldSelections_SpecScalarWithSelection_IsInvalid() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedOnInt on Dog {
          barkVolume {
            sinceWhen
          }
        }
        """,
        Rule,
        ("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", 2, 14));

    [Fact]
    public void LeafFieldSelections_SpecCompositeFieldsWithoutSelection_AreInvalid() => ExpectErrors(
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }

        query directQueryOnInterfaceWithoutSubFields {
          pet
        }

        query directQueryOnUnionWithoutSubFields {
          catOrDog
        }
        """,
        Rule,
        ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", 2, 3),
        ("Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"?", 6, 3),
        ("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", 10, 3));

    [Fact]
    public void LeafFieldSelections_WrappedTypes_AreNamedInFull() => ExpectErrors(
        """
        {
          findDogs
          dog { doesKnowCommand(dogCommand: SIT) { x } }
        }
        """,
        Rule,
        ("Field \"findDogs\" of type \"[Dog!]!\" must have a selection of subfields. Did you mean \"findDogs { ... }\"?", 2, 3),
        ("Field \"doesKnowCommand\" must not have a selection since type \"Boolean!\" has no subfields.", 3, 42));

    [Fact]
    public void LeafFieldSelections_EnumField_IsALeaf() => ExpectErrors(
        """
        { __schema { queryType { kind { name } } } }
        """,
        Rule,
        ("Field \"kind\" must not have a selection since type \"__TypeKind!\" has no subfields.", 1, 31));
}
