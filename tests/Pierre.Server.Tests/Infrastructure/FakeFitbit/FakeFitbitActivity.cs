namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>An activity log as the fake serves it; <see cref="Start"/> is the user's local time with its offset.</summary>
public sealed record FakeFitbitActivity(
    long LogId,
    string Name,
    DateTimeOffset Start,
    TimeSpan Active,
    TimeSpan Elapsed,
    double? Distance = null,
    string DistanceUnit = "Kilometer",
    int? AverageHeartRate = null,
    int Calories = 0,
    double? ElevationGain = null);
