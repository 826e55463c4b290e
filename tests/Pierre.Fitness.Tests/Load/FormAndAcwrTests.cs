using Pierre.Fitness.Load;

namespace Pierre.Fitness.Tests.Load;

/// <summary>Issue 14, items 1 and 2: one definition of form (TSB), and the EWMA acute:chronic ratio of Williams et al. (2017).</summary>
public sealed class FormAndAcwrTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    /// <summary>
    /// The worked example, hand-computed. Entering the day CTL = 60, ATL = 70, so TSB = 60 − 70 = −10, whatever
    /// the day's training (TrainingPeaks: TSB(d) = CTL(d−1) − ATL(d−1)).
    /// λ42 = 1 − e^(−1/42) = 0.0235283, λ7 = 1 − e^(−1/7) = 0.1331221.
    /// After 150 TSS: CTL = 60 + (150 − 60) × 0.0235283 = 62.1175; ATL = 70 + (150 − 70) × 0.1331221 = 80.6498;
    ///   today's CTL − ATL would be −18.53 (the old, wrong figure the tools gave).
    /// After a rest day: CTL = 60 × (1 − 0.0235283) = 58.5883; ATL = 70 × (1 − 0.1331221) = 60.6815;
    ///   today's CTL − ATL would be −2.09 (also the old figure).
    /// </summary>
    [Theory]
    [InlineData(150.0, 62.1175, 80.6498, -18.532)]
    [InlineData(0.0, 58.5883, 60.6815, -2.093)]
    public void WorkedExample_Ctl60Atl70_FormIsMinusTenWhateverTodaysTraining(double stress, double ctl, double atl, double oldWrongForm)
    {
        var yesterday = new DailyLoad(Day.AddDays(-1), 0, 60, 70);

        var today = TrainingLoad.Day(Day, stress, yesterday);

        Assert.Equal(-10, today.Form, 1e-12);
        Assert.Equal(ctl, today.Fitness, 1e-4);
        Assert.Equal(atl, today.Fatigue, 1e-4);
        Assert.Equal(oldWrongForm, today.Fitness - today.Fatigue, 1e-3);
    }

    [Fact]
    public void Series_FormIsThePreviousDaysCtlMinusAtl_AndTodaysStressDoesNotMoveIt()
    {
        var start = Day.AddDays(-59);
        var sessions = Enumerable.Range(0, 59).Select(i => (start.AddDays(i), 40.0 + (i * 7 % 90))).ToList();

        var rested = TrainingLoad.Series(sessions, start, Day);
        var trained = TrainingLoad.Series([.. sessions, (Day, 150.0)], start, Day);

        for (var i = 1; i < rested.Count; i++)
        {
            Assert.Equal(rested[i - 1].Fitness - rested[i - 1].Fatigue, rested[i].Form, 1e-12);
        }

        Assert.Equal(rested[^1].Form, trained[^1].Form);
        Assert.NotEqual(rested[^1].Fitness - rested[^1].Fatigue, trained[^1].Fitness - trained[^1].Fatigue);
    }

    [Fact]
    public void EwmaLambda_IsTwoOverNPlusOne()
    {
        Assert.Equal(0.25, TrainingLoad.EwmaLambda(7), 1e-12);
        Assert.Equal(2.0 / 29, TrainingLoad.EwmaLambda(28), 1e-12);
        Assert.Equal("EWMA 7:28 (Williams et al. 2017)", TrainingLoad.AcwrMethod);
    }

    /// <summary>
    /// Hand-computed, EWMA_d = λ × load_d + (1 − λ) × EWMA_(d−1), λa = 2/(7+1) = 0.25, λc = 2/(28+1) = 0.0689655.
    /// A constant 50 a day for 400 days settles both EWMAs at 50: ratio 1.0 (the chronic one is within 50 × (27/29)^400 ≈ 1e-11).
    /// Then 100 a day:
    ///   day 1: acute 50 + 0.25 × 50 = 62.5;       chronic 50 + 0.0689655 × 50 = 53.44828;       ratio 1.16935
    ///   day 2: acute 62.5 + 0.25 × 37.5 = 71.875; chronic 53.44828 + 0.0689655 × 46.55172 = 56.65874; ratio 1.26856
    ///   day 3: acute 71.875 + 0.25 × 28.125 = 78.90625; chronic 56.65874 + 0.0689655 × 43.34126 = 59.64779; ratio 1.32287
    /// ATL/CTL (the old ratio) would read 1.11, 1.19, 1.26 on those days: not the same statistic.
    /// </summary>
    [Fact]
    public void Acwr_ConstantLoadIsOne_AndAStepIsTheHandComputedEwmaRatio()
    {
        var start = Day.AddDays(-402);
        var sessions = Enumerable.Range(0, 400).Select(i => (start.AddDays(i), 50.0))
            .Concat(Enumerable.Range(400, 3).Select(i => (start.AddDays(i), 100.0)));

        var series = TrainingLoad.Series(sessions, start, Day);

        Assert.Equal(1.0, series[399].AcuteChronicRatio!.Value, 1e-9);
        Assert.Equal(62.5, series[400].AcuteLoad, 1e-9);
        Assert.Equal(53.44828, series[400].ChronicLoad, 1e-5);
        Assert.Equal(1.16935, series[400].AcuteChronicRatio!.Value, 1e-5);
        Assert.Equal(71.875, series[401].AcuteLoad, 1e-9);
        Assert.Equal(56.65874, series[401].ChronicLoad, 1e-5);
        Assert.Equal(1.26856, series[401].AcuteChronicRatio!.Value, 1e-5);
        Assert.Equal(78.90625, series[402].AcuteLoad, 1e-9);
        Assert.Equal(59.64779, series[402].ChronicLoad, 1e-5);
        Assert.Equal(1.32287, series[402].AcuteChronicRatio!.Value, 1e-5);
        Assert.NotEqual(series[402].Fatigue / series[402].Fitness, series[402].AcuteChronicRatio!.Value, 2);
    }

    [Theory]
    [InlineData(0.7, "load low relative to your base")]
    [InlineData(1.0, "within 0.8–1.3, the range team-sport studies associate with the fewest injuries")]
    [InlineData(1.4, "load rising fast (1.3–1.5)")]
    [InlineData(1.6, "load spike: above 1.5, a range team-sport studies associate with more injuries")]
    public void AcwrBands_AreWordedAsAssociations_NotAsInjuryRisk(double ratio, string expected)
    {
        Assert.Equal(expected, LoadStatus.AcuteChronic(ratio));
        Assert.DoesNotContain("injury risk", LoadStatus.AcuteChronic(ratio), StringComparison.OrdinalIgnoreCase);
    }
}
