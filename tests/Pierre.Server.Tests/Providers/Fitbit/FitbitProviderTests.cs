using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Providers.Fitbit;

public sealed class FitbitProviderTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAthlete_Profile_MapsNamesSexMetricWeightAndMaxHeartRate()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.User().Profile = new FakeFitbitProfile("Grace", "Hopper", "FEMALE", 40, 61.2, 165);
        var (account, _) = await fitbit.ConnectAsync(Ct);

        var athlete = await fitbit.Provider.GetAthleteAsync(account, Ct);

        Assert.Equal(FakeFitbitServer.DefaultUserId, athlete.Id);
        Assert.Equal(("Grace", "Hopper", Sex.Female, 40), (athlete.FirstName, athlete.LastName, athlete.Sex, athlete.AgeYears));
        Assert.Equal(61.2, athlete.WeightKg);
        Assert.Equal(165, athlete.HeightCm);
        Assert.Equal(180, athlete.MaxHeartRate); // 208 - 0.7 * 40
        Assert.Equal(60, athlete.RestingHeartRate);
    }

    [Fact]
    public async Task GetActivities_Logs_MapUnitsDurationsSportsHeartRateAndCalories()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var start = new DateTimeOffset(2026, 11, 20, 7, 0, 0, Paris);
        fitbit.Fake.User()
            .AddActivity(new FakeFitbitActivity(101, "Run", start, TimeSpan.FromMinutes(50), TimeSpan.FromMinutes(52), 10.5, "Kilometer", 152, 700, 85))
            .AddActivity(new FakeFitbitActivity(102, "Outdoor Bike", start.AddDays(1), TimeSpan.FromHours(2), TimeSpan.FromHours(2.5), 20, "Mile", 131, 1200))
            .AddActivity(new FakeFitbitActivity(103, "Yoga", start.AddDays(2), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), Calories: 90));
        var (account, _) = await fitbit.ConnectAsync(Ct);

        var activities = await fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(), Ct);

        Assert.Equal(["103", "102", "101"], activities.Select(a => a.Id));
        var run = activities[2];
        Assert.Equal(("Run", Sport.Run, "Run"), (run.Name, run.Sport, run.SportType));
        Assert.Equal(start, run.StartTime);
        Assert.Equal(Paris, run.StartTime.Offset);
        Assert.Equal(10_500, run.DistanceMeters, 6);
        Assert.Equal((3000.0, 3120.0), (run.DurationSeconds, run.ElapsedSeconds!.Value));
        Assert.Equal((152.0, 700.0, 85.0), (run.AverageHeartRate!.Value, run.Calories!.Value, run.ElevationGainMeters));
        var ride = activities[1];
        Assert.Equal(Sport.Ride, ride.Sport);
        Assert.Equal(32_186.88, ride.DistanceMeters, 6);
        var yoga = activities[0];
        Assert.Equal((Sport.Other, 0.0, 0.0), (yoga.Sport, yoga.DistanceMeters, yoga.ElevationGainMeters));
        Assert.Null(yoga.AverageHeartRate);
    }

    [Fact]
    public async Task GetActivities_MoreThanOneFitbitPage_FollowsPaginationNext()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var first = new DateTimeOffset(2026, 6, 1, 18, 0, 0, Paris);
        var user = fitbit.Fake.User();
        for (var i = 0; i < 250; i++)
        {
            user.AddActivity(new FakeFitbitActivity(1000 + i, "Walk", first.AddHours(12 * i), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(31), 3));
        }

        var (account, _) = await fitbit.ConnectAsync(Ct);

        var page1 = await fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(PerPage: 200), Ct);
        var afterPage1 = fitbit.Fake.Requests(FakeFitbitServer.ActivitiesRoute);
        var page2 = await fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(Page: 2, PerPage: 200), Ct);

        Assert.Equal(2, afterPage1);
        Assert.Equal(200, page1.Count);
        Assert.Equal(50, page2.Count);
        Assert.Equal(Enumerable.Range(1000, 250).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), page1.Concat(page2).Select(a => a.Id));
        Assert.Equal(2 + 3, fitbit.Fake.Requests(FakeFitbitServer.ActivitiesRoute));
    }

    [Fact]
    public async Task GetActivities_Window_StrictlyBetweenAfterAndBeforeNewestFirst()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var first = new DateTimeOffset(2026, 11, 1, 8, 0, 0, Paris);
        var user = fitbit.Fake.User();
        for (var i = 0; i < 10; i++)
        {
            user.AddActivity(new FakeFitbitActivity(500 + i, "Run", first.AddDays(i), TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(40), 8));
        }

        var (account, _) = await fitbit.ConnectAsync(Ct);

        var window = await fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(After: first.AddDays(2), Before: first.AddDays(6)), Ct);
        var paged = await fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(After: first.AddDays(2), Before: first.AddDays(6), Page: 2, PerPage: 2), Ct);

        Assert.Equal(["505", "504", "503"], window.Select(a => a.Id));
        Assert.Equal(["503"], paged.Select(a => a.Id));
    }

    [Fact]
    public async Task GetActivity_ById_FoundOrNull()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.User().AddActivity(new FakeFitbitActivity(77, "Swim", new DateTimeOffset(2026, 11, 2, 19, 0, 0, Paris), TimeSpan.FromMinutes(40), TimeSpan.FromMinutes(45), 1.5));
        var (account, _) = await fitbit.ConnectAsync(Ct);

        var found = await fitbit.Provider.GetActivityAsync(account, "77", Ct);
        var missing = await fitbit.Provider.GetActivityAsync(account, "78", Ct);
        var requests = fitbit.Fake.ApiRequests;
        var malformed = await fitbit.Provider.GetActivityAsync(account, "../profile", Ct);

        Assert.Equal((Sport.Swim, 1500.0), (found!.Sport, found.DistanceMeters));
        Assert.Null(missing);
        Assert.Null(malformed);
        Assert.Equal(requests, fitbit.Fake.ApiRequests);
    }

    [Fact]
    public async Task GetStreams_HeartRateScope_OneSampleASecondCarriedForward()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var start = new DateTimeOffset(2026, 11, 20, 7, 0, 0, Paris);
        fitbit.Fake.User().AddActivity(
            new FakeFitbitActivity(9, "Run", start, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10), 2),
            [(-30, 90), (0, 100), (5, 110), (12, 120), (300, 150), (599, 160)]);
        var (account, _) = await fitbit.ConnectAsync(Ct);
        var activity = (await fitbit.Provider.GetActivityAsync(account, "9", Ct))!;

        var streams = await fitbit.Provider.GetStreamsAsync(account, activity, Ct);

        Assert.NotNull(streams);
        Assert.Equal("9", streams.ActivityId);
        Assert.Equal(600, streams.TimeSeconds.Length);
        Assert.Equal(599, streams.TimeSeconds[^1]);
        var heart = streams.HeartRate!;
        Assert.Equal(600, heart.Length);
        Assert.Equal([100, 100, 100, 100, 100, 110, 110, 110, 110, 110, 110, 110, 120], heart[..13]);
        Assert.Equal(120, heart[12 + 59]);
        Assert.True(double.IsNaN(heart[12 + 60])); // a gap longer than a minute is a dropout
        Assert.Equal((150.0, 160.0), (heart[300], heart[599]));
        Assert.All([streams.DistanceMeters, streams.SpeedMetersPerSecond, streams.AltitudeMeters], a => Assert.True(a.Length == 600 && a.All(double.IsNaN)));
        Assert.Null(streams.PowerWatts);
    }

    [Fact]
    public async Task GetStreams_NoHeartRateScope_NullAfterFitbitRefuses()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var start = new DateTimeOffset(2026, 11, 20, 7, 0, 0, Paris);
        fitbit.Fake.User().AddActivity(new FakeFitbitActivity(9, "Run", start, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10), 2), [(0, 100)]);
        fitbit.Fake.GrantOnly = new HashSet<string> { "activity", "profile" };
        var (account, _) = await fitbit.ConnectAsync(Ct);
        var activity = (await fitbit.Provider.GetActivityAsync(account, "9", Ct))!;

        var streams = await fitbit.Provider.GetStreamsAsync(account, activity, Ct);

        Assert.Null(streams);
        Assert.Equal(1, fitbit.Fake.Requests(FakeFitbitServer.HeartRoute));
    }

    [Fact]
    public async Task GetStreams_NoSamples_Null()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.User().AddActivity(new FakeFitbitActivity(9, "Walk", new DateTimeOffset(2026, 11, 20, 7, 0, 0, Paris), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10)));
        var (account, _) = await fitbit.ConnectAsync(Ct);
        var activity = (await fitbit.Provider.GetActivityAsync(account, "9", Ct))!;

        Assert.Null(await fitbit.Provider.GetStreamsAsync(account, activity, Ct));
    }

    [Fact]
    public async Task GetSleep_StagedAndClassicLogs_SessionsNewestFirstInUserZone()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.User()
            .AddSleep(new FakeFitbitSleep(new DateOnly(2026, 11, 20), new DateTime(2026, 11, 19, 23, 10, 0), new DateTime(2026, 11, 20, 7, 0, 0), 430, 470, Stages: new(80, 250, 100, 40)))
            .AddSleep(new FakeFitbitSleep(new DateOnly(2026, 11, 21), new DateTime(2026, 11, 21, 14, 0, 0), new DateTime(2026, 11, 21, 14, 40, 0), 35, 40, IsMainSleep: false))
            .AddSleep(new FakeFitbitSleep(new DateOnly(2026, 10, 1), new DateTime(2026, 9, 30, 23, 0, 0), new DateTime(2026, 10, 1, 6, 0, 0), 400, 420));
        var (account, _) = await fitbit.ConnectAsync(Ct);

        var sleep = await fitbit.Provider.GetSleepAsync(account, new DateOnly(2026, 11, 15), new DateOnly(2026, 11, 22), Ct);

        Assert.Equal(2, sleep.Count);
        var nap = sleep[0];
        Assert.Equal((new DateOnly(2026, 11, 21), false, 35.0, 40.0), (nap.Date, nap.IsMainSleep, nap.AsleepMinutes, nap.InBedMinutes));
        Assert.Null(nap.DeepMinutes);
        var night = sleep[1];
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 23, 10, 0, Paris), night.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 0, 0, Paris), night.End);
        Assert.Equal((80.0, 100.0, 250.0, 40.0), (night.DeepMinutes!.Value, night.RemMinutes!.Value, night.LightMinutes!.Value, night.AwakeMinutes!.Value));
        Assert.True(night.IsMainSleep);
    }

    [Fact]
    public async Task GetSleep_RangeOverHundredDays_SplitIntoFitbitRanges()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.User()
            .AddSleep(new FakeFitbitSleep(new DateOnly(2026, 11, 20), new DateTime(2026, 11, 19, 23, 0, 0), new DateTime(2026, 11, 20, 7, 0, 0), 450, 480))
            .AddSleep(new FakeFitbitSleep(new DateOnly(2026, 7, 1), new DateTime(2026, 6, 30, 23, 0, 0), new DateTime(2026, 7, 1, 7, 0, 0), 450, 480));
        var (account, _) = await fitbit.ConnectAsync(Ct);

        var sleep = await fitbit.Provider.GetSleepAsync(account, new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), Ct);

        Assert.Equal([new DateOnly(2026, 11, 20), new DateOnly(2026, 7, 1)], sleep.Select(s => s.Date));
        Assert.Equal(2, fitbit.Fake.Requests(FakeFitbitServer.SleepRoute));
        Assert.Equal(TimeSpan.FromHours(2), sleep[1].Start.Offset); // Paris in summer
    }
}
