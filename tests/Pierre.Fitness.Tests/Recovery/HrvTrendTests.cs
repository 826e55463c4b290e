using Pierre.Fitness.Recovery;

namespace Pierre.Fitness.Tests.Recovery;

/// <summary>
/// Plews et al. (2012, 2013) give no worked table to copy, so these cases are computed by hand: the rolling mean is the
/// mean ln rMSSD of the last 7 mornings, the baseline the mean over all, SWC = 0.5 × the sample SD over all.
/// </summary>
public sealed class HrvTrendTests
{
    [Fact]
    public void AWeekBelowTheFirst_IsBelowNormal_ByHand()
    {
        // ln rMSSD 4.2 for 7 mornings, then 4.0 for 7: baseline 4.1; SD = √(14 × 0.1² / 13) = 0.103775; SWC = 0.051887.
        // Rolling mean 4.0 < 4.1 − 0.0519 = 4.0481: below normal. Readiness part: shortfall 4.0481 − 4.0 = 0.048113,
        // 100 × (1 − 0.048113 / (2 × 0.051887)) = 53.64.
        var trend = HrvTrend.Assess([.. Mornings(4.2, 7), .. Mornings(4.0, 7)])!;

        Assert.Equal(4.0, trend.RollingMeanLn, 1e-9);
        Assert.Equal(4.1, trend.BaselineMeanLn!.Value, 1e-9);
        Assert.Equal(0.051887, trend.SmallestWorthwhileChangeLn, 1e-6);
        Assert.Equal(14, trend.Mornings);
        Assert.Equal(HrvStatus.BelowNormal, trend.Status);
        Assert.Equal(53.64, trend.ReadinessPart, 0.01);
    }

    [Fact]
    public void AWeekAboveTheFirst_IsAboveNormal_AndScoresFull()
    {
        var trend = HrvTrend.Assess([.. Mornings(4.0, 7), .. Mornings(4.2, 7)])!;

        Assert.Equal(HrvStatus.AboveNormal, trend.Status);
        Assert.Equal(100, trend.ReadinessPart);
    }

    [Fact]
    public void OneLowMorning_InsideTheSwc_IsWithinNormal()
    {
        // 13 mornings at ln 4.1 and today's at 3.9: baseline 4.0857, SD 0.05345, SWC 0.02673; the 7-day mean is
        // 4.0714, inside 4.0857 ± 0.0267, which is the point of the rolling mean: one bad night is not a trend.
        var trend = HrvTrend.Assess([.. Mornings(4.1, 13), .. Mornings(3.9, 1)])!;

        Assert.Equal(4.0714, trend.RollingMeanLn, 1e-4);
        Assert.Equal(0.02673, trend.SmallestWorthwhileChangeLn, 1e-5);
        Assert.Equal(HrvStatus.WithinNormal, trend.Status);
    }

    [Fact]
    public void AWeekWithALowToday_JudgesTodayAgainstTheRollingMean_ByHand()
    {
        // 7 mornings, no baseline apart from the week: six at ln 4.1, today 3.9. Mean 28.5 / 7 = 4.071429; squared
        // deviations 6 × 0.028571² + 0.171429² = 0.0342857, SD = √(0.0342857 / 6) = 0.075593, SWC = 0.037796.
        // Today 3.9 < 4.071429 − 0.037796 = 4.033633: below normal; shortfall 0.133633 > 2 × SWC, so the part is 0.
        var trend = HrvTrend.Assess([.. Mornings(4.1, 6), .. Mornings(3.9, 1)])!;

        Assert.Null(trend.BaselineMeanLn);
        Assert.Equal(3.9, trend.JudgedLn, 1e-9);
        Assert.Equal(4.071429, trend.ReferenceLn, 1e-6);
        Assert.Equal(0.037796, trend.SmallestWorthwhileChangeLn, 1e-6);
        Assert.Equal(HrvStatus.BelowNormal, trend.Status);
        Assert.Equal(0, trend.ReadinessPart);
        Assert.StartsWith("today's ln rMSSD against the 7-day rolling mean", trend.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirteenMornings_StillJudgeTodayAgainstTheWeek_FourteenUseTheBaseline()
    {
        Assert.Null(HrvTrend.Assess([.. Mornings(4.1, 12), .. Mornings(4.1, 1)])!.BaselineMeanLn);
        Assert.Equal(4.1, HrvTrend.Assess([.. Mornings(4.1, 14)])!.BaselineMeanLn!.Value, 1e-9);
    }

    [Theory]
    [InlineData(6, 60)]
    [InlineData(7, 0)]
    [InlineData(7, -40)]
    [InlineData(14, 0)]
    [InlineData(14, -40)]
    [InlineData(14, double.NaN)]
    [InlineData(14, double.PositiveInfinity)]
    public void TooFewOrImpossibleMornings_AreRefused(int count, double last)
    {
        var series = Enumerable.Repeat(60.0, count - 1).Append(last).ToList();

        Assert.Null(HrvTrend.Assess(series));
    }

    private static IEnumerable<double> Mornings(double lnRmssd, int count) => Enumerable.Repeat(Math.Exp(lnRmssd), count);
}
