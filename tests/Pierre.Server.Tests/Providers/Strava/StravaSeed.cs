using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

/// <summary>Activities with Strava's fields as the mapping tests expect them.</summary>
internal static class StravaSeed
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    public static FakeStravaActivity Run(long id, DateTimeOffset start) => new()
    {
        Id = id,
        Name = $"Run {id}",
        StartDate = start,
        Distance = 10_012.4,
        MovingTime = 3_000,
        ElapsedTime = 3_290,
        TotalElevationGain = 87.5,
        AverageHeartrate = 151.3,
        MaxHeartrate = 178,
        PerceivedExertion = 6,
        Calories = 712,
    };

    public static FakeStravaActivity TrailRun(long id, DateTimeOffset start) =>
        Run(id, start) with { Name = "Ridge loop", Type = "Run", SportType = "TrailRun", TotalElevationGain = 640 };

    public static FakeStravaActivity VirtualRide(long id, DateTimeOffset start) => new()
    {
        Id = id,
        Name = "Zwift - Watopia",
        Type = "VirtualRide",
        SportType = "VirtualRide",
        StartDate = start,
        Distance = 40_250,
        MovingTime = 4_500,
        ElapsedTime = 4_510,
        AverageHeartrate = 142,
        MaxHeartrate = 171,
        AverageWatts = 212.4,
        WeightedAverageWatts = 228,
        DeviceWatts = true,
        Kilojoules = 955.8,
        Calories = 980,
    };

    public static FakeStravaActivity WeightTraining(long id, DateTimeOffset start) => new()
    {
        Id = id,
        Name = "Gym",
        Type = "WeightTraining",
        SportType = "WeightTraining",
        StartDate = start,
        MovingTime = 2_700,
        ElapsedTime = 3_600,
    };

    /// <summary>Activities one hour apart going back from <paramref name="newest"/>, ids counting up from 1 oldest.</summary>
    public static IEnumerable<FakeStravaActivity> Hourly(int count, DateTimeOffset newest) =>
        Enumerable.Range(0, count).Select(i => Run(count - i, newest.AddHours(-i)));
}
