using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation.Rules;

public class SingleRootFieldTests
{
    private static readonly Func<ValidationRule> Rule = () => new SingleRootField();

    [Fact]
    public void SingleRootField_SpecOneRootField_IsValid() => ExpectValid(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
        }
        """,
        Rule);

    [Fact]
    public void SingleRootField_SpecOneRootFieldThroughFragment_IsValid() => ExpectValid(
        """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on Subscription {
          newMessage {
            body
            sender
          }
        }
        """,
        Rule);

    [Fact]
    public void SingleRootField_SpecSecondRootField_IsInvalid() => ExpectErrors(
        """
        subscription sub {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Rule,
        ("Subscription \"sub\" must select only one top level field.", 6, 3));

    [Fact]
    public void SingleRootField_SpecSecondRootFieldInFragment_IsInvalid() => ExpectErrors(
        """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Rule,
        ("Subscription \"sub\" must select only one top level field.", 10, 3));

    [Fact]
    public void SingleRootField_SpecIntrospectionRootField_IsInvalid() => ExpectErrors(
        """
        subscription sub {
          __typename
        }
        """,
        Rule,
        ("Subscription \"sub\" must not select an introspection top level field.", 2, 3));

    [Fact]
    public void SingleRootField_SameFieldTwiceUnderOneResponseKey_IsValid() => ExpectValid(
        """
        subscription { newMessage { body } newMessage { sender } }
        """,
        Rule);

    [Fact]
    public void SingleRootField_AnonymousSubscriptionWithTwoFields_IsInvalid() => ExpectErrors(
        """
        subscription { newMessage { body } second: newMessage { body } }
        """,
        Rule,
        ("Anonymous Subscription must select only one top level field.", 1, 36));

    [Fact]
    public void SingleRootField_FieldSkippedByLiteralCondition_IsNotCounted() => ExpectValid(
        """
        subscription { newMessage { body } disallowedSecondRootField @skip(if: true) }
        """,
        Rule);

    [Fact]
    public void SingleRootField_QueriesWithManyRootFields_AreNotConcerned() => ExpectValid(
        """
        query { dog { name } human { name } __typename }
        """,
        Rule);

    [Fact]
    public void SingleRootField_FragmentsWhoseTypeDoesNotApplyToTheSubscriptionType_AreNotCollected() => ExpectValid(
        """
        subscription sub {
          newMessage { body }
          ... on Query { dog { name } }
          ...onMessage
          ...onUnknownType
        }

        fragment onMessage on Message { sender }
        fragment onUnknownType on NotAType { anything }
        """,
        Rule);

    [Fact]
    public void SingleRootField_InlineFragmentOnTheSubscriptionTypeOrWithoutCondition_IsCollected() => ExpectErrors(
        """
        subscription sub {
          newMessage { body }
          ... on Subscription { disallowedSecondRootField }
          ... { __typename }
        }
        """,
        Rule,
        new ExpectedError("Subscription \"sub\" must select only one top level field.", (3, 25), (4, 9)),
        ("Subscription \"sub\" must not select an introspection top level field.", 4, 9));
}
