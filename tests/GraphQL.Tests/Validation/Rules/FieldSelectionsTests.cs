using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class FieldSelectionsTests
{
    private static readonly Func<ValidationRule> Rule = () => new FieldSelections();

    [Fact]
    public void FieldSelections_SpecUndefinedFieldAndAliasedUndefinedField_AreInvalid() => ExpectErrors(
        """
        fragment fieldNotDefined on Dog {
          meowVolume
        }

        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume: kawVolume
        }
        """,
        Rule,
        ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 2, 3),
        ("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", 6, 3));

    [Fact]
    public void FieldSelections_SpecInterfaceField_IsValid() => ExpectValid(
        """
        fragment interfaceFieldSelection on Pet {
          name
        }
        """,
        Rule);

    [Fact]
    public void FieldSelections_SpecFieldOnlyOnImplementors_IsInvalidOnTheInterface() => ExpectErrors(
        """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        Rule,
        ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", 2, 3));

    [Fact]
    public void FieldSelections_SpecTypenameAndFragmentsOnUnion_AreValid() => ExpectValid(
        """
        fragment inDirectFieldSelectionOnUnion on CatOrDog {
          __typename
          ... on Pet {
            name
          }
          ... on Dog {
            barkVolume
          }
        }
        """,
        Rule);

    [Fact]
    public void FieldSelections_SpecDirectFieldsOnUnion_AreInvalid() => ExpectErrors(
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          name
          barkVolume
        }
        """,
        Rule,
        ("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", 2, 3),
        ("Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", 3, 3));

    [Fact]
    public void FieldSelections_MetaFields_AreDefined() => ExpectValid(
        """
        { __typename __schema { queryType { name } } __type(name: "Dog") { name } dog { __typename } }
        """,
        Rule);

    [Fact]
    public void FieldSelections_SchemaMetaFieldBelowTheRoot_IsInvalid() => ExpectErrors(
        """
        { dog { __schema { queryType { name } } } }
        """,
        Rule,
        ("Cannot query field \"__schema\" on type \"Dog\".", 1, 9));

    [Fact]
    public void FieldSelections_UnknownFieldWithoutCloseNames_HasNoSuggestion() => ExpectErrors(
        """
        { dog { unrelatedThing } }
        """,
        Rule,
        ("Cannot query field \"unrelatedThing\" on type \"Dog\".", 1, 9));

    [Fact]
    public void FieldSelections_FieldsUnderAnUnknownField_AreNotReportedAgain() => ExpectErrors(
        """
        { unknown { alsoUnknown } }
        """,
        Rule,
        ("Cannot query field \"unknown\" on type \"Query\".", 1, 3));

    [Fact]
    public void FieldSelections_MoreThanFiveTypesDefineTheField_SuggestsFiveInlineFragments()
    {
        var schema = BuildSchema("""
            type Query { u: U }
            type A { id: ID } type B { id: ID } type C { id: ID } type D { id: ID } type E { id: ID } type F { id: ID }
            union U = A | B | C | D | E | F
            """);
        AssertErrors(
            Validate("{ u { id } }", [Rule], schema),
            [("Cannot query field \"id\" on type \"U\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?", 1, 7)]);
    }

    [Fact]
    public void FieldSelections_CaseOnlyDifferenceCountsAsOneEdit_TiesInNaturalOrder()
    {
        var schema = BuildSchema("type Query { item2: Int item10: Int Item1: Int }");
        AssertErrors(
            Validate("{ item1 }", [Rule], schema),
            [("Cannot query field \"item1\" on type \"Query\". Did you mean \"Item1\", \"item2\", or \"item10\"?", 1, 3)]);
    }
}
