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

    [Theory]
    // Heart Rate Calculator, "Max Heart Rate Calculator" (https://heart-rate-calculator.com/max-heart-rate-calculator-formula.php),
    // on Tanaka's 208 − 0.7 × age: "For a 20-year-old: ~194 bpm, for a 50-year-old: ~173 bpm, for an 80-year-old: ~152 bpm."
    [InlineData(20, 194)]
    [InlineData(50, 173)]
    [InlineData(80, 152)]
    public void MaxHeartRate_Tanaka_PublishedExamples(int age, double published) =>
        Assert.Equal(published, MaxHeartRate.Estimate(age)!.Value, 1e-9);

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

    [Fact]
    public void Karvonen_PublishedExample_RestingSixtyMaxOneEighty()
    {
        // Training with Fausto, "Karvonen Heart Rate Formula" (https://www.trainingwithfausto.com/fitness-blog/karvonen-heart-rate-formula):
        // "Example for a 40 year old with a 60bpm RHR ... 220-40 (years old) = 180 ... 180-60 ... = 120 ... 120x.9=108+60=
        // 168bpm ... 60-70% ... 132 to 144bpm / 70-80% ... 144 to 156bpm / 80%+ ... 156 plus".
        var zones = HeartRateZones.Karvonen(60, 180)!;

        Assert.Equal((132.0, 144.0), (zones[1].Low!.Value, zones[1].High!.Value));
        Assert.Equal((144.0, 156.0), (zones[2].Low!.Value, zones[2].High!.Value));
        Assert.Equal(156, zones[3].Low);
        Assert.Equal(168, zones[4].Low);
    }

    [Fact]
    public void Karvonen_PublishedExample_SixtyPercentOfReserve()
    {
        // Bit1024, "Karvonen Heart Rate Calculator" (https://bit1024.com/tool/Karvonen-Heart-Rate-Calculator):
        // "THR = ((200 - 70) × 0.60) + 70 = 148 bpm", the 60 % line where zone 2 starts.
        Assert.Equal(148, HeartRateZones.Karvonen(70, 200)![1].Low);
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
