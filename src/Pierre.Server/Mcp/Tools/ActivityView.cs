using Pierre.Fitness.Model;

namespace Pierre.Server.Mcp.Tools;

/// <summary>An activity as tools return it: SI units, rounded to what is meaningful.</summary>
internal sealed record ActivityView(
    string Id, string Name, string SportType, DateTimeOffset StartDate, double DurationS, double DistanceM, double ElevationGainM,
    double? AverageHeartrate, double? AverageWatts, double? AveragePaceSPerKm)
{
    public static ActivityView Of(Activity a) => new(
        a.Id, a.Name, a.Sport.ToString().ToLowerInvariant(), a.StartTime, a.DurationSeconds, a.DistanceMeters, a.ElevationGainMeters,
        a.AverageHeartRate, a.AveragePowerWatts, a.PaceSecondsPerKilometer is { } p ? Math.Round(p, 1) : null);
}
