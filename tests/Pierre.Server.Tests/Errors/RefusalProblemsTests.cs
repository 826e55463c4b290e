using Pierre.Server.Errors;

namespace Pierre.Server.Tests.Errors;

public sealed class RefusalProblemsTests
{
    public static TheoryData<string> Kinds => [.. Enum.GetNames<RefusalKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToProblem_EveryKind_HasAClientErrorStatus_AndKeepsTheDetail(string kind)
    {
        var problem = new Refusal(Enum.Parse<RefusalKind>(kind), "why not").ToProblem();

        Assert.InRange(problem.StatusCode, 400, 499);
        Assert.Equal("why not", problem.ProblemDetails.Detail);
    }

    [Theory]
    [InlineData(nameof(RefusalKind.NotConnected), 409)]
    [InlineData(nameof(RefusalKind.Precondition), 422)]
    public void ToProblem_TheApplicationLayersKinds_MapToConflictAndUnprocessable(string kind, int status) =>
        Assert.Equal(status, new Refusal(Enum.Parse<RefusalKind>(kind), "x").ToProblem().StatusCode);
}
