using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Estimates thresholds per sport from the stored best efforts of the last <see cref="WindowDays"/> days. One sport's
/// data never sets another's threshold: cycling FTP and LTHR come from rides, running LTHR and threshold pace from runs.
/// <see cref="EstimateAsync"/> reads the window and computes the bests still missing (a bounded number of streams per
/// call); <see cref="CompleteAsync"/> uses only the bests already stored, so it costs no provider request and two calls
/// in a row score with the same thresholds.
/// </summary>
internal sealed class ThresholdFinder(ActivitySource source, ActivityBestsStore bests, TimeProvider clock)
{
    public const int WindowDays = 90;
    private const double MinSeconds = 20 * 60;

    /// <summary>How the estimates are made, for results.</summary>
    public static readonly string Method =
        $"thresholds per sport: the user's settings, else the provider's, else estimated from stored best efforts of the last {WindowDays} days "
        + "of the same sport only (cycling FTP = 0.95 × best 20-min ride power, Allen & Coggan 2010; "
        + $"LTHR = {ThresholdEstimates.LactateThresholdMethod}; running threshold pace from the VDOT of the fastest 5 km, 10 km or half marathon "
        + "within a run, Daniels, low unless that run was raced; swimming CSS from the distance–time fit of the fastest 400 m and 1 km "
        + "within swims, Wakayoshi et al. 1992), else LTHR = 90 % of maximum heart rate (default)";

    public async Task<ThresholdEstimate> EstimateAsync(string provider, ProviderAccount account, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var recent = (await source.WindowAsync(provider, account, since, ct).ConfigureAwait(false))
            .Where(a => a.DurationSeconds >= MinSeconds && (a.AverageHeartRate is not null || a.AveragePowerWatts is not null))
            .ToList();
        var coverage = await bests.ForActivitiesAsync(provider, account, recent, ct).ConfigureAwait(false);
        var (thresholds, vdot) = Estimate(coverage.Bests);
        return new ThresholdEstimate(thresholds, vdot, coverage.Bests.Count(b => b.RecordedSeconds > 0), WindowDays, recent.Count, coverage.Covered);
    }

    /// <summary>
    /// <paramref name="context"/> with every threshold neither the user nor the provider set filled from the bests already
    /// stored (calculate_personalized_zones and calculate_critical_power compute more of them), and the origin of each.
    /// </summary>
    public async Task<AthleteContext> CompleteAsync(AthleteContext context, ProviderAccount account, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-WindowDays).UtcDateTime;
        var stored = await bests.StoredSinceAsync(context.Provider, account, since, ct).ConfigureAwait(false);
        return context.WithEstimates(Estimate(stored).Thresholds);
    }

    private static (SportThresholds Thresholds, double? Vdot) Estimate(IReadOnlyList<ActivityBests> stored)
    {
        var rides = stored.Where(b => b.Sport == Sport.Ride).ToList();
        var runs = stored.Where(b => b.Sport == Sport.Run).ToList();
        var swims = stored.Where(b => b.Sport == Sport.Swim).ToList();
        var vdot = runs.SelectMany(b => new[]
        {
            b.Fastest5KilometersSeconds is { } five ? Vdot.FromRace(5000, five) : null,
            b.Fastest10KilometersSeconds is { } ten ? Vdot.FromRace(10_000, ten) : null,
            b.FastestHalfMarathonSeconds is { } half ? Vdot.FromRace(FastestDistances.HalfMarathonMeters, half) : null,
        }).Max();
        return (new SportThresholds(
            ThresholdEstimates.FtpFromBestTwentyMinutes(rides.Select(b => b.Power20MinutesWatts)),
            ThresholdEstimates.LactateThresholdFromBestTwentyMinutes(rides.Select(b => (b.HeartRate20MinutesBpm, b.RecordedSeconds))),
            ThresholdEstimates.LactateThresholdFromBestTwentyMinutes(runs.Select(b => (b.HeartRate20MinutesBpm, b.RecordedSeconds))),
            vdot is { } v ? ThresholdEstimates.ThresholdPaceSecondsPerKm(v) : null,
            CriticalSwimSpeed(swims)), vdot);
    }

    /// <summary>CSS (s/100 m) from the fastest 400 m and 1 km within swims, or null without both or when they do not fit.</summary>
    private static double? CriticalSwimSpeed(List<ActivityBests> swims) =>
        swims.Min(b => b.Fastest400MetersSeconds) is { } four && swims.Min(b => b.Fastest1KilometerSeconds) is { } kilometre
            ? CriticalPower.FromDistance([new DistanceEffort(four, 400), new DistanceEffort(kilometre, 1000)])?.SecondsPer100Meters
            : null;
}
