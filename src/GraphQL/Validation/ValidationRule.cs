using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// One validation rule. The specified rules are single instances shared by every validation (on any
/// thread), so a rule keeps no state in fields: what it must remember about the document being validated
/// goes in <see cref="ValidationContext.GetState{TState}"/>, which is reused from one document to the next.
/// All rules see the same single walk of the document: <see cref="Enter"/> is called after the
/// <see cref="ValidationContext.TypeInfo"/> has entered the node, <see cref="Leave"/> before it leaves it.
/// </summary>
public abstract class ValidationRule
{
    public virtual void Enter(Node node, ValidationContext context)
    {
    }

    public virtual void Leave(Node node, ValidationContext context)
    {
    }
}
