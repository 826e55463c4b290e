using Pierre.Fitness.Load;

namespace Pierre.Fitness.Tests.Load;

public sealed class RunningStressTests
{
    private static (double[] Speed, double[] Altitude, double[] Distance) SteadyRun(
        int seconds, double metersPerSecond, double grade, double startAltitudeMeters = 0)
    {
        var distance = Enumerable.Range(0, seconds).Select(t => metersPerSecond * t).ToArray();
        var altitude = distance.Select(d => startAltitudeMeters + (grade * d)).ToArray();
        return (Enumerable.Repeat(metersPerSecond, seconds).ToArray(), altitude, distance);
    }

    private static double? Ngs((double[] Speed, double[] Altitude, double[] Distance) run) =>
        RunningStress.NormalizedGradedSpeedMetersPerSecond(run.Speed, run.Altitude, run.Distance);

    [Theory]
    // C(0.1) = 0.001554 − 0.00304 − 0.0433 + 0.463 + 1.95 + 3.6 = 5.968214.
    [InlineData(0, 3.6)]
    [InlineData(0.1, 5.968214)]
    [InlineData(-0.1, 2.151706)]
    [InlineData(-0.2, 1.800032)]
    [InlineData(0.45, 19.426015)]
    [InlineData(0.6, 19.426015)]
    [InlineData(-0.6, 4.032305)]
    public void EnergyCostJoulesPerKgMeter_MatchesMinettiPolynomialClampedToPlusMinus45Percent(double grade, double expected) =>
        Assert.Equal(expected, RunningStress.EnergyCostJoulesPerKgMeter(grade)!.Value, 1e-6);

    [Theory]
    [InlineData(3, 0, 3)]
    [InlineData(3, 0.1, 4.973512)]   // 3 × 5.968214 / 3.6
    [InlineData(3, -0.1, 1.793088)]  // 3 × 2.151706 / 3.6
    [InlineData(4, 0.2, 10.007431)]  // 4 × 9.006688 / 3.6
    [InlineData(0, 0.3, 0)]
    public void GradeAdjustedSpeed_WorkedExamples_AreSpeedTimesCostRatio(double speed, double grade, double expected) =>
        Assert.Equal(expected, RunningStress.GradeAdjustedSpeedMetersPerSecond(speed, grade)!.Value, 1e-6);

    [Fact]
    public void EnergyCost_RisesWithEveryUphillPercent_AndUndercutsFlatDownTo30PercentDownhill()
    {
        var uphill = Enumerable.Range(0, 46).Select(p => RunningStress.EnergyCostJoulesPerKgMeter(p / 100.0)!.Value).ToList();
        var downhill = Enumerable.Range(1, 30).Select(p => RunningStress.EnergyCostJoulesPerKgMeter(-p / 100.0)!.Value);

        Assert.True(uphill.Zip(uphill.Skip(1)).All(pair => pair.Second > pair.First));
        Assert.All(downhill, cost => Assert.True(cost < 3.6));
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(-1, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(3, double.NaN)]
    [InlineData(3, double.NegativeInfinity)]
    public void GradeAdjustedSpeed_InvalidInput_IsNull(double speed, double grade) =>
        Assert.Null(RunningStress.GradeAdjustedSpeedMetersPerSecond(speed, grade));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void EnergyCost_NonFiniteGrade_IsNull(double grade) => Assert.Null(RunningStress.EnergyCostJoulesPerKgMeter(grade));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(0.1, 4.973512)]
    [InlineData(-0.1, 1.793088)]
    public void NormalizedGradedSpeed_SteadyRunOnConstantGrade_IsItsGradeAdjustedSpeed(double grade, double expected) =>
        Assert.Equal(expected, Ngs(SteadyRun(600, 3, grade))!.Value, 1e-6);

    [Fact]
    public void NormalizedGradedSpeed_OnTheFlat_IsNormalizedPowersFormulaAppliedToSpeed()
    {
        // 5 min at 4 m/s, 5 min at 2 m/s, for an hour: mean 3 m/s; unsmoothed, the fourth-power mean is 136^¼ = 3.415.
        var speed = Enumerable.Range(0, 3600).Select(t => t / 300 % 2 == 0 ? 4.0 : 2.0).ToArray();
        var distance = new double[speed.Length];
        for (var t = 1; t < speed.Length; t++)
        {
            distance[t] = distance[t - 1] + speed[t];
        }

        var ngs = RunningStress.NormalizedGradedSpeedMetersPerSecond(speed, new double[speed.Length], distance)!.Value;

        Assert.Equal(PowerStress.NormalizedPowerWatts(speed)!.Value, ngs, 1e-9);
        Assert.InRange(ngs, 3.0, 3.415);
    }

    [Fact]
    public void NormalizedGradedSpeed_OverAHill_ExceedsTheSameSpeedOnTheFlat()
    {
        // 10 min up at 10 %, 10 min down: C(0.1) + C(−0.1) = 8.12 J/kg/m against 7.2 for two flat halves.
        var distance = Enumerable.Range(0, 1200).Select(t => 3.0 * t).ToArray();
        var altitude = distance.Select(d => d <= 1800 ? 0.1 * d : 0.1 * (3600 - d)).ToArray();

        var ngs = RunningStress.NormalizedGradedSpeedMetersPerSecond(Enumerable.Repeat(3.0, 1200).ToArray(), altitude, distance)!.Value;

        Assert.True(ngs > Ngs(SteadyRun(1200, 3, 0))!.Value);
    }

    [Fact]
    public void NormalizedGradedSpeed_BelowSeaLevel_MatchesTheSameRunAboveIt() =>
        Assert.Equal(Ngs(SteadyRun(600, 3, 0.05))!.Value, Ngs(SteadyRun(600, 3, 0.05, startAltitudeMeters: -420))!.Value, 1e-9);

    [Fact]
    public void NormalizedGradedSpeed_StandingStillWhileAltitudeDrifts_IsZero()
    {
        var altitude = Enumerable.Range(0, 120).Select(t => 100.0 + (t % 7)).ToArray();

        Assert.Equal(0, RunningStress.NormalizedGradedSpeedMetersPerSecond(new double[120], altitude, Enumerable.Repeat(5000.0, 120).ToArray())!.Value);
    }

    [Fact]
    public void NormalizedGradedSpeed_EmptyShortMismatchedNaNOrNegativeStreams_AreNull()
    {
        var (speed, altitude, distance) = SteadyRun(60, 3, 0);
        double[] WithSample(double[] stream, double value) => [value, .. stream[1..]];

        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond([], [], []));
        Assert.Null(Ngs(SteadyRun(29, 3, 0)));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(speed, altitude.AsSpan(1), distance));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(WithSample(speed, double.NaN), altitude, distance));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(speed, WithSample(altitude, double.NaN), distance));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(speed, altitude, WithSample(distance, double.PositiveInfinity)));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(WithSample(speed, -1), altitude, distance));
        Assert.Null(RunningStress.NormalizedGradedSpeedMetersPerSecond(speed, altitude, WithSample(distance, -1)));
    }

    [Theory]
    [InlineData(3600, 4, 250, 100)]       // threshold 250 s/km = 4 m/s: IF 1
    [InlineData(1800, 3.2, 250, 32)]      // IF 0.8: 0.5 h × 0.64 × 100
    [InlineData(7200, 2.5, 300, 112.5)]   // IF 2.5 / 3.333 = 0.75: 2 h × 0.5625 × 100
    [InlineData(5400, 5, 250, 234.375)]   // IF 1.25: 1.5 h × 1.5625 × 100
    [InlineData(3600, 0, 250, 0)]
    public void TrainingStressScore_WorkedExamples(double seconds, double ngs, double thresholdPace, double expected) =>
        Assert.Equal(expected, RunningStress.TrainingStressScore(seconds, ngs, thresholdPace)!.Value, 1e-9);

    [Fact]
    public void OneFlatHourAtThresholdPace_HasIntensityOneAndScores100()
    {
        var ngs = Ngs(SteadyRun(3600, 4, 0))!.Value;

        Assert.Equal(1, RunningStress.IntensityFactor(ngs, 250)!.Value, 1e-9);
        Assert.Equal(100, RunningStress.TrainingStressScore(3600, ngs, 250)!.Value, 1e-9);
    }

    [Theory]
    [InlineData(-1, 4, 250)]
    [InlineData(double.NaN, 4, 250)]
    [InlineData(3600, -0.1, 250)]
    [InlineData(3600, double.NaN, 250)]
    [InlineData(3600, 4, 0)]
    [InlineData(3600, 4, -250)]
    [InlineData(3600, 4, double.NaN)]
    [InlineData(3600, 4, double.PositiveInfinity)]
    public void TrainingStressScore_InvalidInput_IsNull(double seconds, double ngs, double thresholdPace) =>
        Assert.Null(RunningStress.TrainingStressScore(seconds, ngs, thresholdPace));

    [Fact]
    public void TrainingStressScore_GrowsWithDurationAndWithSpeed()
    {
        var byDuration = Enumerable.Range(1, 10).Select(h => RunningStress.TrainingStressScore(h * 1800, 3.5, 250)!.Value).ToList();
        var bySpeed = Enumerable.Range(1, 10).Select(v => RunningStress.TrainingStressScore(3600, v * 0.5, 250)!.Value).ToList();

        Assert.Equal(byDuration.Order(), byDuration);
        Assert.Equal(bySpeed.Order(), bySpeed);
        Assert.Equal(byDuration.Count, byDuration.Distinct().Count());
    }

    [Theory]
    // Enduroco, "Running Pace TSS (Duration + IF^2)" (https://www.enduroco.in/guides/running-pace-tss-duration-if2):
    // "3600s at threshold pace (IF = 1.0) -> 100 / 1800s at threshold pace (IF = 1.0) -> 50 / 5400s at IF = 1.05 -> about
    // 165" (1.5 × 1.05² × 100 = 165.375). A threshold pace of 240 s/km is 4.1667 m/s; IF 1.05 is 4.375 m/s.
    [InlineData(3600, 1000.0 / 240, 100, 1e-9)]
    [InlineData(1800, 1000.0 / 240, 50, 1e-9)]
    [InlineData(5400, 1.05 * 1000 / 240, 165, 0.5)]
    public void TrainingStressScore_PublishedPaceExamples(double seconds, double speed, double published, double tolerance) =>
        Assert.Equal(published, RunningStress.TrainingStressScore(seconds, speed, 240)!.Value, tolerance);
}
