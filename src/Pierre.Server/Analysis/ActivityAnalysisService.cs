using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>Readings of one activity from its per-second streams: the full analysis, the stress metrics and a short summary.</summary>
internal sealed class ActivityAnalysisService(AthleteProfiles profiles, ActivitySource source, ThresholdFinder thresholds, TimeProvider clock)
{
    public async Task<Result<AnalyzedActivity>> AnalyzeAsync(Caller caller, ActivityRequest request, CancellationToken ct)
    {
        if (!(await FindAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var (context, record) = found;
        return new AnalyzedActivity(
            context.Provider, record.Activity, ActivityAnalysis.Of(record.Activity, record.Streams, context.Athlete), context.ThresholdSources);
    }

    public async Task<Result<ActivityReading>> ReadAsync(Caller caller, ActivityRequest request, CancellationToken ct)
    {
        if (!(await FindAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var (context, record) = found;
        var analysis = ActivityAnalysis.Of(record.Activity, record.Streams, context.Athlete);
        var now = clock.GetUtcNow();
        // Similar sessions and the typical one come from the last 180 days, read fresh; the personal best needs the rest.
        var history = await source.HistoryAsync(context.Provider, caller.Account, now.AddDays(-ActivityIntelligence.SimilarDays), ct).ConfigureAwait(false);
        return new ActivityReading(context.Provider, record.Activity, ActivityIntelligence.Of(record.Activity, analysis, history, context.Athlete, now));
    }

    public async Task<Result<ActivityMetrics>> MetricsAsync(Caller caller, ActivityRequest request, CancellationToken ct)
    {
        if (!(await FindAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var (context, (activity, streams)) = found;
        var athlete = context.Athlete;
        var duration = streams.TimeSeconds.Length;
        var np = streams.PowerWatts is { } power ? PowerStress.NormalizedPowerWatts(power) : null;
        // A strap that loses contact records 0 bpm: those samples are dropouts, not a heart at rest.
        var averageHr = streams.HeartRate?.Where(b => double.IsFinite(b) && b > 0).ToList() is { Count: > 0 } beats ? beats.Average() : (double?)null;
        var lthr = ActivityStress.LactateThreshold(athlete, activity.Sport);
        var ftp = activity.Sport == Sport.Ride ? athlete.Thresholds.CyclingFtpWatts : null;
        var graded = activity.Sport == Sport.Run
            ? RunningStress.NormalizedGradedSpeedMetersPerSecond(streams.SpeedMetersPerSecond, streams.AltitudeMeters, streams.DistanceMeters)
            : null;
        return new ActivityMetrics(
            context.Provider,
            request.ActivityId,
            duration,
            np,
            np is { } n && ftp is { } f ? PowerStress.IntensityFactor(n, f) : null,
            np is { } n2 && ftp is { } f2 ? PowerStress.TrainingStressScore(duration, n2, f2) : null,
            graded is > 0 and { } speed ? 1000 / speed : null,
            graded is { } g && athlete.Thresholds.RunningThresholdPaceSecondsPerKm is { } pace ? RunningStress.TrainingStressScore(duration, g, pace) : null,
            streams.HeartRate is { } heart && averageHr is not null
                ? HeartRateStress.HeartRateStressScore(heart, athlete.RestingHeartRate, athlete.MaxHeartRate, lthr, athlete.Sex)
                : null,
            averageHr is { } hr2 ? HeartRateStress.BanisterTrimp(duration, hr2, athlete.RestingHeartRate, athlete.MaxHeartRate, athlete.Sex) : null,
            streams.HeartRate is { } series ? HeartRateStress.EdwardsTrimp(series, athlete.MaxHeartRate) : null,
            StreamStress.Score(streams, activity, athlete),
            lthr,
            context.ThresholdSources,
            streams.HeartRate is { } test ? ThresholdEstimates.FrielLactateThreshold(test) : null);
    }

    private async Task<Result<FoundActivity>> FindAsync(Caller caller, ActivityRequest request, CancellationToken ct)
    {
        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var lookup = await ActivityLookup.FindAsync(source, context, caller.Account, request.ActivityId, ct).ConfigureAwait(false);
        return lookup.Value is { } record
            ? new FoundActivity(await thresholds.CompleteAsync(context, caller.Account, ct).ConfigureAwait(false), record)
            : lookup.Refusal!;
    }

    private sealed record FoundActivity(AthleteContext Context, ActivityRecord Record);
}
