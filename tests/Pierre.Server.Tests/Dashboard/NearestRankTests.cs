using Pierre.Server.Dashboard;

namespace Pierre.Server.Tests.Dashboard;

public sealed class NearestRankTests
{
    [Theory]
    [InlineData(new[] { 15, 20, 35, 40, 50 }, 50, 35)]
    [InlineData(new[] { 15, 20, 35, 40, 50 }, 95, 50)]
    [InlineData(new[] { 15, 20, 35, 40, 50 }, 30, 20)]
    [InlineData(new[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 25, 7)]
    [InlineData(new[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 50, 8)]
    [InlineData(new[] { 3, 6, 7, 8, 8, 10, 13, 15, 16, 20 }, 95, 20)]
    [InlineData(new[] { 42 }, 50, 42)]
    [InlineData(new[] { 42 }, 95, 42)]
    public void Percentile_IsTheValueAtRankCeilingOfPTimesN(int[] sorted, int p, int expected) =>
        Assert.Equal(expected, NearestRank.Percentile(sorted, p));

    [Fact]
    public void Percentile_OfNothing_IsNull() => Assert.Null(NearestRank.Percentile([], 50));
}
