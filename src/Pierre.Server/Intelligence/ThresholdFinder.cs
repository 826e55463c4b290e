using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>Thresholds estimated from what the athlete actually did recently, to check or stand in for configured ones.</summary>
internal sealed record ThresholdEstimate(double? FtpWatts, double? LactateThresholdHeartRate, double? Vdot, double? ThresholdPaceSecondsPerKm, int ActivitiesRead, int WindowDays);

internal sealed class ThresholdFinder(ActivitySource source, TimeProvider clock)
{
    public const int WindowDays = 90;
    private const double MinSeconds = 20 * 60;

    public async Task<ThresholdEstimate> EstimateAsync(string provider, ProviderAccount account, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var recent = (await source.ActivitiesAsync(provider, account, ct).ConfigureAwait(false))
            .Where(a => a.StartTime >= since && a.DurationSeconds >= MinSeconds && (a.AverageHeartRate is not null || a.AveragePowerWatts is not null))
            .ToList();
        var streams = new List<ActivityStreams>(recent.Count);
        foreach (var activity in recent)
        {
            if (await source.StreamsAsync(provider, account, activity, ct).ConfigureAwait(false) is { } read)
            {
                streams.Add(read);
            }
        }

        var vdot = recent.Where(a => a.Sport == Sport.Run).Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds)).Max();
        return new ThresholdEstimate(
            ThresholdEstimates.FtpFromBestEffort(streams.Select(s => s.PowerWatts)),
            ThresholdEstimates.LactateThresholdFromBestEffort(streams.Select(s => s.HeartRate)),
            vdot,
            vdot is { } v ? ThresholdEstimates.ThresholdPaceSecondsPerKm(v) : null,
            streams.Count,
            WindowDays);
    }
}
