using Pierre.Fitness.Analysis;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class IntensityBalanceTests
{
    [Theory]
    [InlineData(new[] { 177.0, 164, 140, 140, 140 }, 2, 0.4, "too much intensity")]
    [InlineData(new[] { 164.0, 140, 140, 140, 140 }, 1, 0.2, "balanced")]
    [InlineData(new[] { 140.0, 140, 140, 140, 140 }, 0, 0.0, "little intensity")]
    public void Of_HardShareAgainstTarget(double[] heartRates, int hard, double share, string status)
    {
        // Rest 60, max 190: 177 bpm is 90 % of reserve (very hard), 164 is 80 % (hard), 140 is 62 % (easy).
        var activities = heartRates.Select((hr, i) => Activity($"a{i}", hr: hr)).Append(Activity("unrated", hr: null));

        var balance = IntensityBalances.Of(activities, Ann, 0.20);

        Assert.Equal((hard, 5, status), (balance.HardSessions, balance.RatedSessions, balance.Status));
        Assert.Equal(share, balance.HardShare!.Value, 1e-12);
    }

    [Fact]
    public void Of_NothingRated_HasNoShare()
    {
        var balance = IntensityBalances.Of([Activity("a", hr: null)], Ann, 0.20);

        Assert.Null(balance.HardShare);
        Assert.Equal("no rated sessions", balance.Status);
    }
}
