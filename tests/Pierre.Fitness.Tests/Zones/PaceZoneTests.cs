using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Zones;

public sealed class PaceZoneTests
{
    [Fact]
    public void Daniels_ForVdot50_MatchesTheTrainingPaceTable()
    {
        // Daniels' table, VDOT 50: E 5:05–5:36 /km, M 4:31, T 4:15, I 3:55 /km (sec/km, ±3 s).
        var zones = PaceZones.Daniels(50)!;

        Assert.Equal(336, zones[0].Low!.Value, 3.0);
        Assert.Equal(305, zones[0].High!.Value, 3.0);
        Assert.Equal(271, zones[1].Low!.Value, 3.0);
        Assert.Equal(255, zones[2].Low!.Value, 3.0);
        Assert.Equal(235, zones[3].Low!.Value, 3.0);
        Assert.True(zones[4].Low < zones[3].Low, "repetition pace is the fastest");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(70)]
    public void Velocity_InvertsTheOxygenCost(double vo2)
    {
        Assert.Equal(vo2, Vdot.OxygenCost(PaceZones.VelocityAtOxygenCost(vo2)), 1e-9);
    }

    [Fact]
    public void Daniels_OutsideVdotRange_IsNull() => Assert.Null(PaceZones.Daniels(5));
}
