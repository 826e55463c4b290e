using Pierre.Fitness.Load;

namespace Pierre.Fitness.Tests.Load;

public sealed class TrainingLoadTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void Smoothing_IsOneMinusExpOfMinusOneOverTau()
    {
        Assert.Equal(0.023528, TrainingLoad.Smoothing(42), 1e-6);
        Assert.Equal(0.133122, TrainingLoad.Smoothing(7), 1e-6);
    }

    [Fact]
    public void FirstDay_OfOneHundredTss_GivesLambdaTimesTheStress()
    {
        var day = TrainingLoad.Series([(Start, 100.0)], Start, Start).Single();

        Assert.Equal(2.3528, day.Fitness, 1e-4);
        Assert.Equal(13.3122, day.Fatigue, 1e-4);
        Assert.Equal(0, day.Form);
    }

    [Fact]
    public void ConstantDailyStress_ConvergesToThatStressAndFormToZero()
    {
        var days = Enumerable.Range(0, 400).Select(i => (Start.AddDays(i), 80.0));

        var last = TrainingLoad.Series(days, Start, Start.AddDays(399))[^1];

        Assert.Equal(80, last.Fitness, 0.01);
        Assert.Equal(80, last.Fatigue, 1e-6);
        Assert.Equal(1, last.AcuteChronicRatio!.Value, 0.001);
    }

    [Fact]
    public void RestDays_CountAsZeroAndFatigueFallsFasterThanFitness()
    {
        var days = Enumerable.Range(0, 60).Select(i => (Start.AddDays(i), 100.0));

        var series = TrainingLoad.Series(days, Start, Start.AddDays(74));

        var lastTraining = series[59];
        var afterRest = series[74];
        Assert.Equal(0, afterRest.Stress);
        Assert.True(afterRest.Fatigue / lastTraining.Fatigue < afterRest.Fitness / lastTraining.Fitness);
        Assert.True(afterRest.Form > 0, "two weeks of rest leave the athlete fresh");
    }

    [Fact]
    public void SeveralSessionsOnOneDay_AreSummed_AndBadStressIsIgnored()
    {
        var series = TrainingLoad.Series([(Start, 40.0), (Start, 60.0), (Start, double.NaN), (Start, -5)], Start, Start);

        Assert.Equal(100, series[0].Stress);
        Assert.Empty(TrainingLoad.Series([], Start, Start.AddDays(-1)));
        Assert.Null(TrainingLoad.Series([], Start, Start)[0].AcuteChronicRatio);
    }
}
