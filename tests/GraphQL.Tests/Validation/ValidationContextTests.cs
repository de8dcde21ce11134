using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Validation;
using MentorGraph.GraphQL.Validation.Rules;
using static MentorGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace MentorGraph.GraphQL.Tests.Validation;

/// <summary>The context is reused from one document to the next (one per thread); nothing of a document may leak.</summary>
public class ValidationContextTests
{
    private const string FragmentDocument = "query { dog { ...F } } fragment F on Dog { name }";

    [Fact]
    public void Validate_SameDocumentTwice_RulesRememberNothingOfTheFirst()
    {
        ExpectValid(FragmentDocument);
        ExpectValid(FragmentDocument);
    }

    [Fact]
    public void Validate_ValidDocumentAfterAnInvalidOne_HasNoErrors()
    {
        Assert.NotEmpty(Validate("query A { dog { name } } query A { dog { nope } } fragment F on Dog { name } fragment F on Dog { name }"));

        ExpectValid("query A { dog { name } }");
    }

    [Fact]
    public void Validate_AfterAnAbortedValidation_StartsAfresh()
    {
        var options = new GraphQLOptions { MaxValidationErrors = 1 };
        var aborted = Validate("{ a b c }", null, null, options);
        Assert.Equal(2, aborted.Count);

        ExpectValid("{ dog { name } }", null, options);
    }

    [Fact]
    public void Validate_RuleValidatingAnotherDocument_BothGetTheirOwnErrors()
    {
        IReadOnlyList<GraphQLError>? inner = null;
        var rule = new NestedValidation(() => inner = Validate("{ nope }"));

        var outer = Validate("{ alsoNope }", [() => rule, () => new FieldSelections()]);

        Assert.StartsWith("Cannot query field \"nope\" on type \"Query\".", Assert.Single(inner!).Message);
        Assert.StartsWith("Cannot query field \"alsoNope\" on type \"Query\".", Assert.Single(outer).Message);
    }

    [Fact]
    public void GetState_WithinOneValidation_IsTheSameState()
    {
        var rule = new StateProbe();

        Validate("{ dog { name } cat { name } }", [() => rule]);

        Assert.True(rule.SelectionSets >= 3);
        Assert.Equal(1, rule.DistinctStates);
        Assert.Equal(rule.SelectionSets, rule.LastCount);
    }

    [Fact]
    public void GetState_NextValidation_StartsCleared()
    {
        var rule = new StateProbe();
        Validate("{ dog { name } }", [() => rule]);

        Validate("{ dog { name } }", [() => rule]);

        Assert.Equal(2, rule.LastCount);
    }

    [Fact]
    public void FieldSelectionMerging_ManyFieldsWithOneConflict_ReportsIt()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"f{i}: name"));

        var errors = Validate($"{{ dog {{ {fields} f7: nickname }} }}", [() => new FieldSelectionMerging()]);

        var error = Assert.Single(errors);
        Assert.StartsWith("Fields \"f7\" conflict because \"name\" and \"nickname\" are different fields.", error.Message);
    }

    private sealed class NestedValidation(Action validateAnother) : ValidationRule
    {
        public override void Enter(Node node, ValidationContext context)
        {
            if (node is DocumentNode)
            {
                validateAnother();
            }
        }
    }

    private sealed class StateProbe : ValidationRule
    {
        private readonly HashSet<Counter> _states = new(ReferenceEqualityComparer.Instance);

        public int SelectionSets { get; private set; }

        public int DistinctStates => _states.Count;

        public int LastCount { get; private set; }

        public override void Enter(Node node, ValidationContext context)
        {
            if (node is DocumentNode)
            {
                _states.Clear();
                SelectionSets = 0;
            }

            if (node is SelectionSetNode)
            {
                var state = context.GetState<Counter>();
                _states.Add(state);
                SelectionSets++;
                LastCount = ++state.Count;
            }
        }
    }

    private sealed class Counter : ValidationRuleState
    {
        public int Count { get; set; }

        public override void Clear() => Count = 0;
    }
}
