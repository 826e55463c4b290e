using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Providers.Strava;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaActivityMappingTests
{
    [Theory]
    [InlineData("Run", Sport.Run)]
    [InlineData("TrailRun", Sport.Run)]
    [InlineData("VirtualRun", Sport.Run)]
    [InlineData("Ride", Sport.Ride)]
    [InlineData("VirtualRide", Sport.Ride)]
    [InlineData("GravelRide", Sport.Ride)]
    [InlineData("MountainBikeRide", Sport.Ride)]
    [InlineData("EBikeRide", Sport.Ride)]
    [InlineData("EMountainBikeRide", Sport.Ride)]
    [InlineData("Velomobile", Sport.Ride)]
    [InlineData("Handcycle", Sport.Ride)]
    [InlineData("Swim", Sport.Swim)]
    [InlineData("Walk", Sport.Walk)]
    [InlineData("Hike", Sport.Hike)]
    [InlineData("WeightTraining", Sport.Other)]
    [InlineData("Yoga", Sport.Other)]
    [InlineData("Workout", Sport.Other)]
    [InlineData("Rowing", Sport.Other)]
    [InlineData(null, Sport.Other)]
    public void Of_StravaSportType_MapsToPierreSport(string? sportType, Sport expected) =>
        Assert.Equal(expected, StravaSports.Of(sportType));

    [Fact]
    public async Task GetActivitiesAsync_MixedSports_MapsEveryField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.AddRange(
        [
            StravaSeed.Run(11, StravaSeed.Monday),
            StravaSeed.TrailRun(12, StravaSeed.Monday.AddDays(1)),
            StravaSeed.VirtualRide(13, StravaSeed.Monday.AddDays(2)),
            StravaSeed.WeightTraining(14, StravaSeed.Monday.AddDays(3)),
            StravaSeed.Run(15, StravaSeed.Monday.AddDays(4)) with { Type = "Hike", SportType = null },
        ]);
        await strava.ConnectAsync(ct);

        var page = await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct);

        Assert.Equal(["15", "14", "13", "12", "11"], page.Select(a => a.Id));
        var run = page.Single(a => a.Id == "11");
        Assert.Equal(new Activity(
            "11", "Run 11", Sport.Run, StravaSeed.Monday, DurationSeconds: 3_000, DistanceMeters: 10_012.4, ElevationGainMeters: 87.5,
            AverageHeartRate: 151.3, ElapsedSeconds: 3_290, MaxHeartRate: 178, PerceivedExertion: 6, SportType: "Run"), run);
        Assert.Equal(TimeSpan.Zero, run.StartTime.Offset);

        var trail = page.Single(a => a.Id == "12");
        Assert.Equal((Sport.Run, "TrailRun", 640d), (trail.Sport, trail.SportType, trail.ElevationGainMeters));

        var ride = page.Single(a => a.Id == "13");
        Assert.Equal((Sport.Ride, "VirtualRide"), (ride.Sport, ride.SportType));
        Assert.Equal((212.4, 228d, true), (ride.AveragePowerWatts, ride.WeightedAveragePowerWatts, ride.DevicePower));
        Assert.Null(ride.Calories);

        var gym = page.Single(a => a.Id == "14");
        Assert.Equal((Sport.Other, "WeightTraining", 0d, 2_700d, 3_600d), (gym.Sport, gym.SportType, gym.DistanceMeters, gym.DurationSeconds, gym.ElapsedSeconds));
        Assert.Null(gym.AverageHeartRate);
        Assert.Null(gym.AveragePowerWatts);

        var legacy = page.Single(a => a.Id == "15");
        Assert.Equal((Sport.Hike, "Hike"), (legacy.Sport, legacy.SportType));
    }

    [Fact]
    public async Task GetActivityAsync_DetailedActivity_IncludesCaloriesNotKilojoules()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.Add(StravaSeed.VirtualRide(13, StravaSeed.Monday));
        await strava.ConnectAsync(ct);

        var ride = await strava.Provider.GetActivityAsync(strava.Account, "13", ct);

        Assert.NotNull(ride);
        Assert.Equal(("13", 980d, 4_500d, 4_510d), (ride.Id, ride.Calories, ride.DurationSeconds, ride.ElapsedSeconds));
    }

    [Fact]
    public async Task GetActivityAsync_UnknownOrMalformedId_ReturnsNull()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);

        Assert.Null(await strava.Provider.GetActivityAsync(strava.Account, "999", ct));
        Assert.Null(await strava.Provider.GetActivityAsync(strava.Account, "../athlete", ct));
        Assert.Equal(1, strava.Fake.Requests(FakeStravaRoutes.Activity));
    }

    [Fact]
    public async Task GetAthleteAsync_StravaProfile_MapsNameSexWeightFtpAndDocumentedDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Athlete = new FakeStravaAthlete(Id: 777, Firstname: "Grace", Lastname: "Hopper", Sex: "F", Weight: 58.2, Ftp: 245);
        await strava.ConnectAsync(ct);

        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.Equal(
            new Athlete("777", "Grace", "Hopper", Sex.Female, StravaMapping.DefaultAgeYears, 58.2, StravaMapping.DefaultRestingHeartRate,
                StravaMapping.DefaultMaxHeartRate, 245, null),
            athlete);
    }

    [Fact]
    public async Task GetAthleteAsync_EmptyProfile_UsesDefaultsInsteadOfZeros()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Athlete = new FakeStravaAthlete(Sex: null, Weight: 0, Ftp: null);
        await strava.ConnectAsync(ct);

        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.Equal((Sex.Unspecified, StravaMapping.DefaultWeightKg, (double?)null), (athlete.Sex, athlete.WeightKg, athlete.FtpWatts));
    }
}
