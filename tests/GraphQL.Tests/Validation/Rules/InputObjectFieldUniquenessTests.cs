using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class InputObjectFieldUniquenessTests
{
    private static readonly Func<ValidationRule> Rule = () => new InputObjectFieldUniqueness();

    [Fact]
    public void InputObjectFieldUniqueness_DistinctFields_AreValid() => ExpectValid(
        """
        { findDog(searchBy: { name: "Fido", owner: "Ann" }) { name } }
        """,
        Rule);

    [Fact]
    public void InputObjectFieldUniqueness_SpecSameFieldTwice_IsInvalid() => ExpectErrors(
        """
        {
          requiredFields(input: { requiredField: true, requiredField: false })
        }
        """,
        Rule,
        new ExpectedError("There can be only one input field named \"requiredField\".", (2, 27), (2, 48)));

    [Fact]
    public void InputObjectFieldUniqueness_NestedObjects_AreCheckedOnTheirOwn() => ExpectErrors(
        """
        { requiredFields(input: { requiredField: true, nested: { requiredField: true, optionalField: 1, optionalField: 2 } }) }
        """,
        Rule,
        new ExpectedError("There can be only one input field named \"optionalField\".", (1, 79), (1, 97)));

    [Fact]
    public void InputObjectFieldUniqueness_SameNameInSiblingObjects_IsValid() => ExpectValid(
        """
        mutation { addPets(pets: [{ cat: { name: "a" } }, { cat: { name: "b" } }]) { name } }
        """,
        Rule);
}
