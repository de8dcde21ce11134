namespace MentorGraph.Analytics.Tests;

public class ValidationCodesTests
{
    [Fact]
    public void All_HasTheApiCodesFirstAndNoDuplicates()
    {
        Assert.Equal(["EMPTY", "TOO_LONG", "OUT_OF_RANGE"], ValidationCodes.All.Take(3));
        Assert.Equal(ValidationCodes.All.Count, ValidationCodes.All.Distinct().Count());
    }

    [Fact]
    public void All_AreUpperSnakeCase()
    {
        Assert.All(ValidationCodes.All, code => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", code));
    }
}
