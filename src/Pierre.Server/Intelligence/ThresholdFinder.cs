using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Estimates thresholds per sport from the last <see cref="WindowDays"/> days: the activities come from a window read
/// (not the whole history) and their best efforts from the stored bests, so only activities seen for the first time
/// cost a streams read, a bounded number per call. One sport's data never sets another's threshold: cycling FTP and
/// LTHR come from rides, running LTHR and threshold pace from runs.
/// </summary>
internal sealed class ThresholdFinder(ActivitySource source, ActivityBestsStore bests, TimeProvider clock)
{
    public const int WindowDays = 90;
    private const double MinSeconds = 20 * 60;

    /// <summary>
    /// The estimate from the window's stored bests, computing missing ones first (a bounded number) unless
    /// <paramref name="readStreams"/> is false.
    /// </summary>
    public async Task<ThresholdEstimate> EstimateAsync(string provider, ProviderAccount account, CancellationToken ct, bool readStreams = true)
    {
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var recent = (await source.WindowAsync(provider, account, since, ct).ConfigureAwait(false))
            .Where(a => a.DurationSeconds >= MinSeconds && (a.AverageHeartRate is not null || a.AveragePowerWatts is not null))
            .ToList();
        var coverage = await bests.ForActivitiesAsync(provider, account, recent, ct, readStreams).ConfigureAwait(false);
        var rides = coverage.Bests.Where(b => b.Sport == Sport.Ride).ToList();
        var runs = coverage.Bests.Where(b => b.Sport == Sport.Run).ToList();

        var vdot = recent.Where(a => a.Sport == Sport.Run).Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds)).Max();
        var thresholds = new SportThresholds(
            ThresholdEstimates.FtpFromBestTwentyMinutes(rides.Select(b => b.Power20MinutesWatts)),
            ThresholdEstimates.LactateThresholdFromBestTwentyMinutes(rides.Select(b => (b.HeartRate20MinutesBpm, b.RecordedSeconds))),
            ThresholdEstimates.LactateThresholdFromBestTwentyMinutes(runs.Select(b => (b.HeartRate20MinutesBpm, b.RecordedSeconds))),
            vdot is { } v ? ThresholdEstimates.ThresholdPaceSecondsPerKm(v) : null);
        return new ThresholdEstimate(
            thresholds,
            vdot,
            coverage.Bests.Count(b => b.RecordedSeconds > 0),
            WindowDays,
            recent.Count,
            coverage.Covered);
    }

    /// <summary>
    /// <paramref name="context"/> with every threshold neither the user nor the provider set filled from the estimate,
    /// and the origin of each recorded. Scoring tools pass <paramref name="readStreams"/> false: they use the bests
    /// already stored, so two calls in a row score with the same thresholds; get_athlete and the zones and critical-power
    /// tools compute more of them.
    /// </summary>
    public async Task<AthleteContext> CompleteAsync(AthleteContext context, ProviderAccount account, CancellationToken ct, bool readStreams = false)
    {
        var estimate = await EstimateAsync(context.Provider, account, ct, readStreams).ConfigureAwait(false);
        return context.WithEstimates(estimate.Thresholds);
    }
}
