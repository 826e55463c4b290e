using Pierre.Fitness.Model;

namespace Pierre.Providers.Strava;

/// <summary>Strava's sport types onto Pierre's sports; a type not listed (WeightTraining, Yoga, Rowing...) is <see cref="Sport.Other"/>.</summary>
internal static class StravaSports
{
    private static readonly Dictionary<string, Sport> BySportType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Run"] = Sport.Run,
        ["TrailRun"] = Sport.Run,
        ["VirtualRun"] = Sport.Run,
        ["Ride"] = Sport.Ride,
        ["VirtualRide"] = Sport.Ride,
        ["GravelRide"] = Sport.Ride,
        ["MountainBikeRide"] = Sport.Ride,
        ["EBikeRide"] = Sport.Ride,
        ["EMountainBikeRide"] = Sport.Ride,
        ["Velomobile"] = Sport.Ride,
        ["Handcycle"] = Sport.Ride,
        ["Swim"] = Sport.Swim,
        ["Walk"] = Sport.Walk,
        ["Hike"] = Sport.Hike,
    };

    public static Sport Of(string? sportType) =>
        sportType is not null && BySportType.TryGetValue(sportType, out var sport) ? sport : Sport.Other;
}
