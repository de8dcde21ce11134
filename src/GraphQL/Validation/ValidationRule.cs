using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// One validation rule. A new instance is made for every document validated, so a rule may keep
/// state in fields. All rules see the same single walk of the document: <see cref="Enter"/> is called
/// after the <see cref="ValidationContext.TypeInfo"/> has entered the node, <see cref="Leave"/> before
/// it leaves it.
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
