using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

public sealed class LinearTrendTests
{
    [Fact]
    public void TextbookExample_SlopeInterceptAndRSquared()
    {
        // x = 1..5, y = 2,4,5,4,5: Sxy = 6, Sxx = 10 → b = 0.6, a = 2.2; SSres = 2.4, SStot = 6 → R² = 0.6;
        // SE(b) = √(0.8 / 10) = 0.283, t = 2.12 < 3.182 (df 3): not significant.
        var line = LinearTrend.Fit([(1, 2), (2, 4), (3, 5), (4, 4), (5, 5)])!;

        Assert.Equal(0.6, line.Slope, 1e-12);
        Assert.Equal(2.2, line.Intercept, 1e-12);
        Assert.Equal(0.6, line.RSquared, 1e-12);
        Assert.Equal(2.121, line.TStatistic, 1e-3);
        Assert.False(line.Significant);
    }

    [Fact]
    public void ClearTrend_IsSignificant_AndAPerfectLineHasRSquaredOne()
    {
        var noisy = LinearTrend.Fit([.. Enumerable.Range(0, 20).Select(i => ((double)i, (2.0 * i) + (i % 3)))])!;
        var perfect = LinearTrend.Fit([(0, 1), (1, 3), (2, 5), (3, 7)])!;

        Assert.True(noisy.Significant);
        Assert.Equal(1, perfect.RSquared, 1e-12);
        Assert.Equal(2, perfect.Slope, 1e-12);
    }

    [Fact]
    public void TooFewPointsOrNoSpread_GiveNull_AndNaNIsIgnored()
    {
        Assert.Null(LinearTrend.Fit([(1, 1), (2, 2)]));
        Assert.Null(LinearTrend.Fit([(1, 1), (1, 2), (1, 3)]));
        Assert.NotNull(LinearTrend.Fit([(1, 1), (2, 2), (3, 3), (4, double.NaN)]));
    }

    // Student's t, two-sided α = 0.05, from the standard table (rows 1–30, 40, 60, 120, ∞). Between rows the value of the
    // row with fewer degrees of freedom is taken: exact t(35) = 2.030 and t(100) = 1.984 lie below 2.042 and 2.000, so
    // the test never calls a slope significant that the exact value would not (the next row down would be liberal).
    [Theory]
    [InlineData(1, 12.706)]
    [InlineData(10, 2.228)]
    [InlineData(30, 2.042)]
    [InlineData(35, 2.042)]
    [InlineData(40, 2.021)]
    [InlineData(59, 2.021)]
    [InlineData(60, 2.000)]
    [InlineData(100, 2.000)]
    [InlineData(120, 1.980)]
    [InlineData(1000, 1.980)]
    public void Critical_MatchesStudentsTable_TakingTheConservativeRowBetweenRows(int df, double expected) => Assert.Equal(expected, LinearTrend.Critical(df));
}
