using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Zones;

public sealed class ZoneTests
{
    [Theory]
    [InlineData(40, MaxHeartRateFormula.Tanaka, 180)]
    [InlineData(40, MaxHeartRateFormula.Fox, 180)]
    [InlineData(30, MaxHeartRateFormula.Tanaka, 187)]
    [InlineData(30, MaxHeartRateFormula.Fox, 190)]
    [InlineData(50, MaxHeartRateFormula.Nes, 179)]
    [InlineData(50, MaxHeartRateFormula.Gulati, 162)]
    public void MaxHeartRate_PublishedFormulas(int age, MaxHeartRateFormula formula, double expected)
    {
        Assert.Equal(expected, MaxHeartRate.Estimate(age, formula)!.Value, 1e-9);
    }

    [Fact]
    public void MaxHeartRate_OutsidePlausibleAges_IsNull() => Assert.Null(MaxHeartRate.Estimate(5));

    [Fact]
    public void Karvonen_WorkedExample_AndZonesPartitionTheReserve()
    {
        // Rest 60, max 190: reserve 130; zone 1 starts at 60 + 0.5 × 130 = 125, zone 5 ends at max.
        var zones = HeartRateZones.Karvonen(60, 190)!;

        Assert.Equal(5, zones.Count);
        Assert.Equal((125.0, 138.0), (zones[0].Low!.Value, zones[0].High!.Value));
        Assert.Equal(190, zones[^1].High);
        Assert.All(zones.Zip(zones.Skip(1)), pair => Assert.Equal(pair.First.High, pair.Second.Low));
    }

    [Theory]
    [InlineData(190, 60)]
    [InlineData(20, 190)]
    public void Karvonen_WithRestNotBelowMax_IsNull(double rest, double max) => Assert.Null(HeartRateZones.Karvonen(rest, max));

    [Fact]
    public void Coggan_WorkedExample_For250WattFtp()
    {
        var zones = PowerZones.Coggan(250)!;

        Assert.Equal(7, zones.Count);
        Assert.Equal((null, 138.0), (zones[0].Low, zones[0].High!.Value));
        Assert.Equal((225.0, 263.0), (zones[3].Low!.Value, zones[3].High!.Value));
        Assert.Equal((375.0, null), (zones[6].Low!.Value, zones[6].High));
        Assert.All(zones.Zip(zones.Skip(1)), pair => Assert.Equal(pair.First.High, pair.Second.Low));
        Assert.Null(PowerZones.Coggan(0));
    }
}
