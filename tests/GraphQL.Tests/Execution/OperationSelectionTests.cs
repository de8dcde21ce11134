using MentorGraph.GraphQL.Execution;
using MentorGraph.GraphQL.Language;
using MentorGraph.GraphQL.Language.Ast;

namespace MentorGraph.GraphQL.Tests.Execution;

public class OperationSelectionTests
{
    [Fact]
    public void GetOperation_SingleAnonymous_IsChosenWithoutName()
    {
        var operation = OperationSelection.GetOperation(Parser.Parse("{ a }"), null);

        Assert.Null(operation.Name);
    }

    [Fact]
    public void GetOperation_ByName_AmongSeveral()
    {
        var operation = OperationSelection.GetOperation(Parser.Parse("query A { a } mutation B { b }"), "B");

        Assert.Equal(OperationType.Mutation, operation.Operation);
    }

    [Fact]
    public void GetOperation_SeveralWithoutName_IsError()
    {
        var exception = Assert.Throws<GraphQLException>(() => OperationSelection.GetOperation(Parser.Parse("query A { a } query B { b }"), null));

        Assert.Equal("Must provide operation name if query contains multiple operations.", exception.Message);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, exception.Error.Code);
    }

    [Fact]
    public void GetOperation_UnknownName_IsError()
    {
        var exception = Assert.Throws<GraphQLException>(() => OperationSelection.GetOperation(Parser.Parse("query A { a }"), "C"));

        Assert.Equal("Unknown operation named \"C\".", exception.Message);
    }

    [Fact]
    public void GetOperation_NoOperation_IsError()
    {
        var exception = Assert.Throws<GraphQLException>(() => OperationSelection.GetOperation(Parser.Parse("fragment F on Q { a }"), null));

        Assert.Equal("Must provide an operation.", exception.Message);
    }
}
