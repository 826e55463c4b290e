using Pierre.Fitness.Load;
using Pierre.Fitness.Performance;
using Pierre.Providers.Synthetic;
using static Pierre.Providers.Tests.Synthetic.SyntheticScience;

namespace Pierre.Providers.Tests.Synthetic;

public sealed class SyntheticBikeTests
{
    /// <summary>
    /// IF = NP / FTP and VI = NP / AP from the 1 Hz power (Allen and Coggan 2010). Coggan's levels: active recovery
    /// below 0.55, endurance 0.56–0.75, long rides 0.65–0.75; whole interval sessions (warm-up and recoveries included)
    /// land at 0.80–0.95. Steady road rides have a VI of about 1.02–1.07, interval sessions well above.
    /// </summary>
    [Theory]
    [InlineData("Recovery ride", 0.40, 0.55, 1.01, 1.06)]
    [InlineData("Endurance ride", 0.56, 0.75, 1.01, 1.07)]
    [InlineData("Long ride", 0.65, 0.75, 1.02, 1.08)]
    [InlineData("Threshold intervals", 0.78, 0.92, 1.05, 1.12)]
    [InlineData("VO2max intervals", 0.82, 0.97, 1.12, 1.25)]
    [InlineData("FTP test", 0.82, 0.97, 1.10, 1.22)]
    public void Rides_IntensityAndVariability_FollowTheSessionsIntent(string name, double minIf, double maxIf, double minVi, double maxVi)
    {
        var rides = Recent(name).ToList();

        Assert.NotEmpty(rides);
        foreach (var (user, athlete, ride) in rides)
        {
            var power = SyntheticAthlete.Streams(user, ride).PowerWatts!;
            var np = PowerStress.NormalizedPowerWatts(power)!.Value;
            Assert.InRange(np / athlete.FtpWatts, minIf, maxIf);
            Assert.InRange(np / ride.AveragePowerWatts!.Value, minVi, maxVi);
            Assert.InRange(ride.AverageSpeedMetersPerSecond!.Value * 3.6, 18, 42);
        }
    }

    /// <summary>
    /// A ride's summary carries weighted average power as a head unit reports it (Strava's weighted_average_watts), so
    /// stress from the summary uses NP, not average power: it matches NP computed from the ride's own 1 Hz power within
    /// 3 % (the summary's closed form leaves out the 30 s smoothing across segment changes and the jitter).
    /// </summary>
    [Theory]
    [InlineData("Recovery ride")]
    [InlineData("Endurance ride")]
    [InlineData("Long ride")]
    [InlineData("Threshold intervals")]
    [InlineData("VO2max intervals")]
    [InlineData("FTP test")]
    public void RideSummaries_CarryWeightedPower_AsTheStreamsNormalizedPower(string name)
    {
        foreach (var (user, _, ride) in Recent(name))
        {
            var np = PowerStress.NormalizedPowerWatts(SyntheticAthlete.Streams(user, ride).PowerWatts!)!.Value;
            Assert.InRange(ride.WeightedAveragePowerWatts!.Value / np, 0.97, 1.03);
            Assert.True(ride.WeightedAveragePowerWatts > ride.AveragePowerWatts, name);
        }
    }

    /// <summary>
    /// The work of the interval sessions sits in Coggan's levels: the best 20 min of "2 × 20 min" in threshold
    /// (L4, 91–105 % of FTP), the best 4 min of the VO2max repeats in L5 (106–120 %).
    /// </summary>
    [Theory]
    [InlineData("Threshold intervals", 1200, 0.91, 1.05)]
    [InlineData("VO2max intervals", 240, 1.06, 1.20)]
    public void IntervalWork_SitsInItsCogganLevel(string name, int seconds, double minOfFtp, double maxOfFtp)
    {
        foreach (var (user, athlete, ride) in Recent(name))
        {
            var best = BestEfforts.MeanMaximal(SyntheticAthlete.Streams(user, ride).PowerWatts!, seconds)!.Value;
            Assert.InRange(best / athlete.FtpWatts, minOfFtp, maxOfFtp);
        }
    }

    /// <summary>
    /// The tool's fit (2-parameter work–time model through the best 5- and 20-min powers of the last 90 days) gives a
    /// CP within 5 % of the configured FTP and not below it by more than 2 % (CP sits a little above one-hour power),
    /// and 0.95 × the best 20 min (Allen and Coggan's FTP estimate) also comes back within 5 %.
    /// </summary>
    [Fact]
    public void CriticalPower_FromTheLast90DaysBests_IsWithinFivePercentOfFtp()
    {
        foreach (var user in Users)
        {
            var ftp = SyntheticAthlete.Profile(user).FtpWatts!.Value;
            var powers = SyntheticAthlete.Activities(user, Now)
                .Where(a => a.AveragePowerWatts is not null && a.StartTime > Now.AddDays(-90))
                .Select(a => SyntheticAthlete.Streams(user, a).PowerWatts!)
                .ToList();
            var five = powers.Max(p => BestEfforts.MeanMaximal(p, 300))!.Value;
            var twenty = powers.Max(p => BestEfforts.MeanMaximal(p, 1200))!.Value;

            var fit = CriticalPower.FromPower([new PowerEffort(300, five), new PowerEffort(1200, twenty)])!;

            Assert.InRange(fit.CriticalPowerWatts / ftp, 0.98, 1.05);
            Assert.InRange(fit.WPrimeJoules, 8_000, 25_000);
            Assert.InRange(0.95 * twenty / ftp, 0.95, 1.05);
        }
    }
}
