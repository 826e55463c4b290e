using Pierre.Fitness.Load;

namespace Pierre.Fitness.Tests.Load;

public sealed class SessionRpeTests
{
    [Theory]
    // Unbrokn Help, "Understanding training load (sRPE)" (https://unbrokn.fit/en/help/coaches/coach-training-load), Foster's
    // load = RPE × minutes: "Example: 60 minutes at RPE 7 = 420 AU. A heavy strength session at RPE 9 for 75 minutes =
    // 675 AU. A 30-minute mobility flow at RPE 3 = 90 AU." The 420 AU case is also HypeCalculator's "Session RPE Training
    // Load Calculator" (https://hypecalculator.com/calculators/sports/session-rpe-training-load-calculator.php): "A 60-min
    // run rated RPE 7 = 420 arbitrary units (AU)."
    [InlineData(7, 60, 420)]
    [InlineData(9, 75, 675)]
    [InlineData(3, 30, 90)]
    public void Load_PublishedExamples(double rpe, double minutes, double publishedLoad)
    {
        Assert.Equal(publishedLoad, SessionRpe.Load(rpe, minutes * 60)!.Value, 1e-9);
    }

    [Fact]
    public void TssEquivalent_OfTheThresholdHourLoad_Is100()
    {
        // The stated assumption (SessionRpe.ThresholdHourLoad), not a published value: 420 AU is taken as 100 TSS, so
        // 675 AU reads 160.71.
        Assert.Equal(100, SessionRpe.TssEquivalent(7, 3600)!.Value, 1e-9);
        Assert.Equal(675 * 100 / 420.0, SessionRpe.TssEquivalent(9, 75 * 60)!.Value, 1e-9);
    }

    [Theory]
    [InlineData(-1, 600)]
    [InlineData(11, 600)]
    [InlineData(5, -1)]
    [InlineData(5, double.NaN)]
    public void Load_OutsideTheCr10ScaleOrWithABadDuration_IsNull(double rpe, double seconds) => Assert.Null(SessionRpe.Load(rpe, seconds));
}
