using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Zones;

public sealed class CriticalPowerZonesTests
{
    [Fact]
    public void Domains_TheIssuesTwoEfforts_BoundTheSevereDomainAtTheTwoMinutePower()
    {
        // Hand-computed from the issue's efforts (180 s at 400 W, 720 s at 300 W): CP = 144 000 J / 540 s = 266.67 W,
        // W′ = 72 000 − 266.67 × 180 = 24 000 J. Severe domain CP … CP + W′/120 s = 266.67 + 200 = 466.67 W → 267–467 W.
        var fit = CriticalPower.FromPower([new PowerEffort(180, 400), new PowerEffort(720, 300)])!;

        var zones = CriticalPowerZones.Domains(fit.CriticalPowerWatts, fit.WPrimeJoules)!;

        Assert.Equal(3, zones.Count);
        Assert.Equal(new Zone(1, "Moderate and heavy (below CP)", null, 267), zones[0]);
        Assert.Equal(new Zone(2, "Severe (CP to 2-min power)", 267, 467), zones[1]);
        Assert.Equal(new Zone(3, "Extreme (beyond the model)", 467, null), zones[2]);
    }

    [Fact]
    public void TimeToExhaustion_GivesBackTheEffortsTheModelWasFittedOn()
    {
        // t = W′ / (P − CP): 24 000 / (400 − 266.67) = 180 s and 24 000 / (300 − 266.67) = 720 s, the two efforts;
        // at the top of the severe zone it is the 120 s the zone is bounded by; at or below CP there is no exhaustion.
        var fit = CriticalPower.FromPower([new PowerEffort(180, 400), new PowerEffort(720, 300)])!;
        var (cp, wPrime) = (fit.CriticalPowerWatts, fit.WPrimeJoules);

        Assert.Equal(180, CriticalPowerZones.TimeToExhaustionSeconds(400, cp, wPrime)!.Value, 1e-6);
        Assert.Equal(720, CriticalPowerZones.TimeToExhaustionSeconds(300, cp, wPrime)!.Value, 1e-6);
        Assert.Equal(120, CriticalPowerZones.TimeToExhaustionSeconds(cp + (wPrime / 120), cp, wPrime)!.Value, 1e-6);
        Assert.Null(CriticalPowerZones.TimeToExhaustionSeconds(cp, cp, wPrime));
    }

    [Theory]
    [InlineData(20, 20_000)]
    [InlineData(800, 20_000)]
    [InlineData(250, 0)]
    [InlineData(250, double.NaN)]
    public void Domains_ImplausibleInputs_GiveNull(double cp, double wPrime) => Assert.Null(CriticalPowerZones.Domains(cp, wPrime));
}
