using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Zones;

public sealed class SwimPaceZonesTests
{
    [Fact]
    public void FromCss_ATwoTrialTest_PlacesTheZonesAroundCss()
    {
        // Hand-computed: 400 m in 360 s and 200 m in 170 s → CSS = 200 / 190 = 1.0526 m/s = 95.0 s per 100 m
        // (Wakayoshi et al. 1992 two-trial form). Zones: easy CSS + 8 s and slower (103.0), steady 103.0 → 98.0 (around
        // Swim Smooth's CSS + 6 s), threshold 98.0 → 95.0, faster than 95.0 above CSS.
        var css = 100 / CriticalPower.CriticalSwimSpeed(360, 170)!.Value;

        var zones = SwimPaceZones.FromCss(css)!;

        Assert.Equal(95.0, css, 1e-9);
        Assert.Equal(
            [new Zone(1, "Easy", null, 103.0), new Zone(2, "Steady", 103.0, 98.0), new Zone(3, "Threshold (CSS)", 98.0, 95.0), new Zone(4, "Above CSS", 95.0, null)],
            zones);
    }

    [Fact]
    public void FromCss_ZonesTileThePaceRange_SlowToFast()
    {
        var zones = SwimPaceZones.FromCss(87.3)!;

        for (var i = 1; i < zones.Count; i++)
        {
            Assert.Equal(zones[i - 1].High, zones[i].Low);
            Assert.True(zones[i].Low > (zones[i].High ?? 0), "each zone runs from its slower to its faster pace");
        }
    }

    [Theory]
    [InlineData(-95)]
    [InlineData(30)]
    [InlineData(500)]
    [InlineData(double.NaN)]
    public void FromCss_ImplausiblePace_GivesNull(double css) => Assert.Null(SwimPaceZones.FromCss(css));
}
