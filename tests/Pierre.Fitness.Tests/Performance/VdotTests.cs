using System.Globalization;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

/// <summary>Against the equivalent-performance table of "Daniels' Running Formula" (3rd ed.).</summary>
public sealed class VdotTests
{
    private static double Seconds(string time) =>
        TimeSpan.ParseExact(time, time.Count(c => c == ':') == 2 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture).TotalSeconds;

    [Theory]
    [InlineData(38, 1500, "6:54")]
    [InlineData(39, 1500, "6:44")]
    [InlineData(30, 1609.344, "9:11")]
    [InlineData(38, 1609.344, "7:27")]
    [InlineData(40, 1609.344, "7:07")]
    [InlineData(50, 1609.344, "5:50")]
    [InlineData(60, 1609.344, "4:57")]
    [InlineData(38, 3000, "14:41")]
    [InlineData(30, 5000, "30:40")]
    [InlineData(30, 10000, "1:03:46")]
    [InlineData(30, 21097.5, "2:21:04")]
    [InlineData(30, 42195, "4:49:17")]
    [InlineData(40, 5000, "24:08")]
    [InlineData(40, 10000, "50:03")]
    [InlineData(40, 21097.5, "1:50:59")]
    [InlineData(40, 42195, "3:49:45")]
    [InlineData(50, 5000, "19:57")]
    [InlineData(50, 10000, "41:21")]
    [InlineData(50, 21097.5, "1:31:35")]
    [InlineData(50, 42195, "3:10:49")]
    [InlineData(60, 5000, "17:03")]
    [InlineData(60, 10000, "35:22")]
    [InlineData(60, 21097.5, "1:18:09")]
    [InlineData(60, 42195, "2:43:25")]
    public void PredictSeconds_MatchesDanielsTableWithinOnePercent(double vdot, double meters, string table)
    {
        var expected = Seconds(table);

        var predicted = Vdot.PredictSeconds(vdot, meters)!.Value;

        Assert.InRange(predicted, expected * 0.99, expected * 1.01);
    }

    [Theory]
    [InlineData(5000, "19:57", 50)]
    [InlineData(42195, "3:49:45", 40)]
    [InlineData(10000, "35:22", 60)]
    public void FromRace_RecoversTheTablesVdot(double meters, string time, double expected)
    {
        Assert.Equal(expected, Vdot.FromRace(meters, Seconds(time))!.Value, 0.5);
    }

    [Theory]
    [InlineData(100, 12)]
    [InlineData(5000, 100)]
    [InlineData(5000, 50_000)]
    public void FromRace_OutsideTheModelsRange_IsNull(double meters, double seconds) => Assert.Null(Vdot.FromRace(meters, seconds));

    [Fact]
    public void PredictSeconds_GrowsWithDistanceAndShrinksWithVdot()
    {
        Assert.True(Vdot.PredictSeconds(50, 10000) > Vdot.PredictSeconds(50, 5000));
        Assert.True(Vdot.PredictSeconds(55, 10000) < Vdot.PredictSeconds(50, 10000));
        Assert.Null(Vdot.PredictSeconds(10, 5000));
    }
}
