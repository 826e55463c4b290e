using Pierre.Fitness.Model;
using Pierre.Providers.Strava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaStreamsTests
{
    private static readonly Dictionary<string, double?[]> Irregular = new()
    {
        ["time"] = [0, 1, 2, 5, 6],
        ["distance"] = [0, 3, 6, 15, 18],
        ["velocity_smooth"] = [3, 3, 3, 3, 3],
        ["altitude"] = [10, 10, 11, 14, 14],
        ["heartrate"] = [100, 101, 102, 105, 106],
        ["watts"] = [200, null, 220, 250, 260],
    };

    [Fact]
    public async Task GetStreamsAsync_IrregularSamples_ResampledToOneValuePerSecond()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.Add(StravaSeed.Run(21, StravaSeed.Monday) with { Streams = Irregular });
        await strava.ConnectAsync(ct);
        var run = await strava.Provider.GetActivityAsync(strava.Account, "21", ct);

        var streams = await strava.Provider.GetStreamsAsync(strava.Account, run!, ct);

        Assert.NotNull(streams);
        Assert.Equal("21", streams.ActivityId);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6], streams.TimeSeconds);
        Assert.Equal([0, 3, 6, 9, 12, 15, 18], streams.DistanceMeters);
        Assert.Equal([3, 3, 3, 3, 3, 3, 3], streams.SpeedMetersPerSecond);
        Assert.Equal([10, 10, 11, 12, 13, 14, 14], streams.AltitudeMeters);
        Assert.Equal([100, 101, 102, 103, 104, 105, 106], streams.HeartRate!);
        Assert.Equal([200, 200, 220, 230, 240, 250, 260], streams.PowerWatts!);
    }

    [Fact]
    public async Task GetStreamsAsync_IndoorWithoutGpsOrPower_ZerosForDistanceAndNullForMissingChannels()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var gym = StravaSeed.WeightTraining(22, StravaSeed.Monday) with
        {
            Streams = new Dictionary<string, double?[]> { ["time"] = [0, 1, 2], ["heartrate"] = [90, 95, 99] },
        };
        strava.Fake.Activities.Add(gym);
        await strava.ConnectAsync(ct);

        var streams = await strava.Provider.GetStreamsAsync(strava.Account, ActivityOf(22), ct);

        Assert.NotNull(streams);
        Assert.Equal([0, 0, 0], streams.DistanceMeters);
        Assert.Equal([90, 95, 99], streams.HeartRate!);
        Assert.Null(streams.PowerWatts);
    }

    [Fact]
    public async Task GetStreamsAsync_ActivityWithoutStreamsOrUnknown_ReturnsNull()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.Add(StravaSeed.Run(23, StravaSeed.Monday));
        await strava.ConnectAsync(ct);

        Assert.Null(await strava.Provider.GetStreamsAsync(strava.Account, ActivityOf(23), ct));
        Assert.Null(await strava.Provider.GetStreamsAsync(strava.Account, ActivityOf(404), ct));
    }

    [Fact]
    public void ToStreams_LateStartAndRepeatedTimestamps_KeepsFirstSampleOfEachSecond()
    {
        var streams = StravaStreams.ToStreams("x", new Dictionary<string, StravaStreamDto>
        {
            ["time"] = new([3, 3, 4, 6]),
            ["distance"] = new([5, 99, 7, 11]),
        });

        Assert.NotNull(streams);
        Assert.Equal([3, 4, 5, 6], streams.TimeSeconds);
        Assert.Equal([5, 7, 9, 11], streams.DistanceMeters);
    }

    private static Activity ActivityOf(long id) =>
        new(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "", Sport.Run, StravaSeed.Monday, 1, 1);
}
