using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class ActivityPeersTests
{
    private static readonly Activity Subject = Activity("me", meters: 10_000, seconds: 3000);

    [Fact]
    public void Band_IsTwentyPercentEitherSide() => Assert.Equal((8000.0, 12000.0), ActivityPeers.Band(10_000));

    [Fact]
    public void Similar_KeepsSameSportInBandAndWindow_NotTheActivityItself()
    {
        Activity[] history =
        [
            Subject,
            Activity("edge-low", meters: 8000), Activity("edge-high", meters: 12_000), Activity("too-short", meters: 7999),
            Activity("ride", Sport.Ride), Activity("old", daysAgo: 200),
        ];

        var similar = ActivityPeers.Similar(history, Subject, Now.AddDays(-180));

        Assert.Equal(["edge-low", "edge-high"], similar.Select(a => a.Id));
    }

    [Fact]
    public void Best_FastestInBand_IsAPersonalBest_AndAFasterOneIsNamed()
    {
        var slower = Activity("slower", meters: 10_000, seconds: 3100);
        var faster = Activity("faster", meters: 9000, seconds: 2600, daysAgo: 400);

        var best = ActivityPeers.Best([Subject, slower], Subject);
        var beaten = ActivityPeers.Best([Subject, slower, faster], Subject);

        Assert.True(best.IsPersonalBest);
        Assert.Equal("slower", best.FastestOther!.Id);
        Assert.False(beaten.IsPersonalBest);
        Assert.Equal("faster", beaten.FastestOther!.Id);
    }

    [Fact]
    public void Best_NoOtherOrATie_IsAPersonalBest()
    {
        Assert.True(ActivityPeers.Best([Subject], Subject).IsPersonalBest);
        Assert.Null(ActivityPeers.Best([], Subject).FastestOther);
        Assert.True(ActivityPeers.Best([Subject, Activity("twin", meters: 10_000, seconds: 3000)], Subject).IsPersonalBest);
    }

    [Fact]
    public void Best_WithoutDistance_IsNeverAPersonalBest() =>
        Assert.False(ActivityPeers.Best([Activity("indoor", meters: 0)], Activity("indoor", meters: 0)).IsPersonalBest);
}
