using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Load;

public sealed class HeartRateStressTests
{
    [Theory]
    // 60 min, rest 60, max 200, avg 130: ΔHR = 0.5. Men: 60 × 0.5 × 0.64 e^0.96 = 50.14; women: 60 × 0.5 × 0.86 e^0.835 = 59.47.
    [InlineData(Sex.Male, 50.14)]
    [InlineData(Sex.Female, 59.47)]
    public void BanisterTrimp_WorkedExample(Sex sex, double expected)
    {
        Assert.Equal(expected, HeartRateStress.BanisterTrimp(3600, 130, 60, 200, sex)!.Value, 0.01);
    }

    [Theory]
    // Afitpilot, "TRIMP (Training Impulse)" (https://afitpilot.com/training-lexicon/trimp): "60-minute run, average HR 155,
    // resting HR 55, max HR 190. HRr = (155 − 55) / (190 − 55) = 100 / 135 = 0.74. TRIMP = 60 × 0.74 × 0.64 ×
    // e^(1.92 × 0.74) = 60 × 0.74 × 0.64 × 4.14 ≈ 118." Unrounded: 117.94.
    [InlineData(60, 155, 55, 190, 118, 0.5)]
    // CalculatorHub, "TRIMP Training Impulse Calculator" (https://calculatorhub.com/tools/trimp-training-impulse-calculator/):
    // "45 min, exercise HR 150, resting 60, maximum 190, male. Reserve = (150 - 60)/(190 - 60) = 0.6923. Weighting =
    // 0.64 * e^(1.92*0.6923) = 2.4191. TRIMP = 45 * 0.6923 * 2.4191 = 75.36." The weighting is 2.4180 unrounded, so
    // the page's product is 0.03 high; 75.33 is the formula's value.
    [InlineData(45, 150, 60, 190, 75.36, 0.05)]
    public void BanisterTrimp_PublishedMaleExamples(double minutes, double averageHr, double restingHr, double maxHr, double published, double tolerance)
    {
        Assert.Equal(published, HeartRateStress.BanisterTrimp(minutes * 60, averageHr, restingHr, maxHr, Sex.Male)!.Value, tolerance);
    }

    [Fact]
    public void EdwardsTrimp_WeightsMinutesByZone()
    {
        // 10 min at 55 % (×1), 10 at 65 % (×2), 10 at 75 % (×3), 10 at 85 % (×4), 10 at 95 % (×5) of 200 bpm.
        var hr = new[] { 110.0, 130, 150, 170, 190 }.SelectMany(v => Enumerable.Repeat(v, 600)).ToArray();

        Assert.Equal(150, HeartRateStress.EdwardsTrimp(hr, 200)!.Value, 1e-9);
    }

    // HRSS's own definition: one hour at LTHR scores 100, from the stream and from the average alike.
    [Fact]
    public void HeartRateStressScore_OneHourAtThresholdIs100()
    {
        var hour = Enumerable.Repeat(170.0, 3600).ToArray();

        Assert.Equal(100, HeartRateStress.HeartRateStressScore(hour, 50, 190, 170, Sex.Male)!.Value, 1e-9);
        Assert.Equal(100, HeartRateStress.HeartRateStressScore(3600, 170, 50, 190, 170, Sex.Male)!.Value, 1e-9);
    }

    // Hand-computed, male, rest 50, max 190, LTHR 170 (ΔHR 0.857). An hour at 135 bpm (ΔHR 0.607):
    // TRIMP = 60 × 0.607 × 0.64 e^(1.92 × 0.607) = 74.80; an hour at LTHR: 60 × 0.857 × 0.64 e^(1.92 × 0.857) = 170.65;
    // HRSS = 100 × 74.80 / 170.65 = 43.83. The old home-made hrTSS, hours × ((135 − 50)/(170 − 50))² × 100, gave 50.2,
    // 14 % high at this endurance intensity.
    [Fact]
    public void HeartRateStressScore_EnduranceHour_IsBelowTheOldSquaredReserveRatio()
    {
        var hrss = HeartRateStress.HeartRateStressScore(Enumerable.Repeat(135.0, 3600).ToArray(), 50, 190, 170, Sex.Male)!.Value;

        Assert.Equal(43.83, hrss, 0.01);
        Assert.True(hrss < 100 * Math.Pow(85.0 / 120, 2));
    }

    // Per-sample TRIMP is convex in heart rate: 30 min at 120 and 30 at 150 score more than an hour at the 135 average.
    // Dropouts (0 and NaN) add nothing.
    [Fact]
    public void HeartRateStressScore_VariableStream_ScoresAboveItsAverage_DropoutsAddNothing()
    {
        var variable = Enumerable.Repeat(120.0, 1800).Concat(Enumerable.Repeat(150.0, 1800)).ToArray();
        var fromStream = HeartRateStress.HeartRateStressScore(variable, 50, 190, 170, Sex.Male)!.Value;
        var withDropouts = HeartRateStress.HeartRateStressScore([.. variable, 0, double.NaN], 50, 190, 170, Sex.Male)!.Value;

        Assert.True(fromStream > HeartRateStress.HeartRateStressScore(3600, 135, 50, 190, 170, Sex.Male)!.Value);
        Assert.Equal(fromStream, withDropouts, 1e-9);
    }

    [Fact]
    public void Guards_RestAboveMaxOrNegativeDurationGiveNull()
    {
        Assert.Null(HeartRateStress.BanisterTrimp(3600, 150, 190, 180, Sex.Male));
        Assert.Null(HeartRateStress.BanisterTrimp(-60, 150, 50, 180, Sex.Male));
        Assert.Null(HeartRateStress.HeartRateStressScore(3600, 150, 170, 190, 160, Sex.Male));
        Assert.Null(HeartRateStress.HeartRateStressScore([150.0], 50, 180, 185, Sex.Male));
        Assert.Null(HeartRateStress.EdwardsTrimp([150.0], 0));
    }
}
