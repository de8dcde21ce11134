using MentorGraph.GraphQL.Language.Ast;
using MentorGraph.GraphQL.Types;

namespace MentorGraph.GraphQL.Validation;

/// <summary>
/// A place where a variable is used: the expected input type there (null when unknown), the argument or
/// input field whose value it is (it carries any default value), and the enclosing input type.
/// </summary>
public sealed record VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    InputValueDefinition? Owner,
    GraphQLType? ParentType);
