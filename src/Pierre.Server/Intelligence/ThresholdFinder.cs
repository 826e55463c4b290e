using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Estimates thresholds from the last <see cref="WindowDays"/> days: the activities come from a window read (not the
/// whole history) and their best efforts from the stored bests, so only activities seen for the first time cost a
/// streams read, a bounded number per call.
/// </summary>
internal sealed class ThresholdFinder(ActivitySource source, ActivityBestsStore bests, TimeProvider clock)
{
    public const int WindowDays = 90;
    private const double MinSeconds = 20 * 60;

    public async Task<ThresholdEstimate> EstimateAsync(string provider, ProviderAccount account, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var recent = (await source.WindowAsync(provider, account, since, ct).ConfigureAwait(false))
            .Where(a => a.DurationSeconds >= MinSeconds && (a.AverageHeartRate is not null || a.AveragePowerWatts is not null))
            .ToList();
        var coverage = await bests.ForActivitiesAsync(provider, account, recent, ct).ConfigureAwait(false);

        var vdot = recent.Where(a => a.Sport == Sport.Run).Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds)).Max();
        return new ThresholdEstimate(
            ThresholdEstimates.FtpFromBestTwentyMinutes(coverage.Bests.Select(b => b.Power20MinutesWatts)),
            ThresholdEstimates.LactateThresholdFromBestTwentyMinutes(coverage.Bests.Select(b => (b.HeartRate20MinutesBpm, b.RecordedSeconds))),
            vdot,
            vdot is { } v ? ThresholdEstimates.ThresholdPaceSecondsPerKm(v) : null,
            coverage.Bests.Count(b => b.RecordedSeconds > 0),
            WindowDays,
            recent.Count,
            coverage.Covered);
    }
}
