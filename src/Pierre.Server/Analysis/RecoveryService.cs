using System.Globalization;
using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>
/// Readiness, rest-day advice and sleep quality, from training form plus last night's sleep: what the athlete reports,
/// or else what a connected sleep source (Fitbit) recorded.
/// </summary>
internal sealed class RecoveryService(TrainingAnalysisService training, SleepReader sleep)
{
    public const int RestBelowScore = 40;
    private const int MaxStreakDays = 10;
    private const double SpikeRatio = 1.5;

    public async Task<Result<RecoveryAssessment>> RecoveryAsync(Caller caller, ReadinessRequest request, CancellationToken ct)
    {
        if (!(await FormAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var form, out var refusal))
        {
            return refusal;
        }

        var (provider, load, tsb, readiness, sleepSource, hrv) = form;
        var status = readiness.Score switch
        {
            >= 70 => "well recovered: ready for a hard session",
            >= RestBelowScore => "partly recovered: keep it easy or moderate",
            _ => "under-recovered: rest or very easy movement",
        };
        var rest = readiness.Score < RestBelowScore || load.Today.AcuteChronicRatio > SpikeRatio || hrv.Trend?.Status == HrvStatus.BelowNormal;
        return new RecoveryAssessment(provider, readiness, tsb, status, rest, sleepSource, hrv);
    }

    public async Task<Result<RestDayAdvice>> RestDayAsync(Caller caller, ReadinessRequest request, CancellationToken ct)
    {
        if (!(await FormAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var form, out var refusal))
        {
            return refusal;
        }

        var (provider, load, tsb, scored, sleepSource, hrv) = form;
        var today = load.Today;
        var readiness = scored.Score;
        var streak = load.Series.Reverse().TakeWhile(d => d.Stress > 0).Count();
        var reasons = new List<string>();
        if (tsb < -30)
        {
            reasons.Add($"form is {tsb:0.0} ({LoadStatus.Form(tsb)})");
        }

        if (today.AcuteChronicRatio > SpikeRatio)
        {
            reasons.Add($"acute:chronic ratio {today.AcuteChronicRatio:0.00}, {TrainingLoad.AcwrMethod} ({LoadStatus.AcuteChronic(today.AcuteChronicRatio)})");
        }

        if (readiness < RestBelowScore)
        {
            reasons.Add($"readiness {readiness:0}/100");
        }

        if (hrv.Trend is { Status: HrvStatus.BelowNormal } trend)
        {
            reasons.Add(trend.BaselineMeanLn is { } baseline
                ? $"HRV: ln rMSSD 7-day mean {trend.RollingMeanLn:0.00} is below baseline {baseline:0.00} − SWC {trend.SmallestWorthwhileChangeLn:0.00} (Plews et al.)"
                : $"HRV: today's ln rMSSD {trend.TodayLn:0.00} is below the 7-day mean {trend.RollingMeanLn:0.00} − SWC {trend.SmallestWorthwhileChangeLn:0.00} (Plews et al.)");
        }

        if (streak >= MaxStreakDays)
        {
            reasons.Add($"{streak} training days in a row");
        }

        return new RestDayAdvice(provider, reasons, tsb, today.AcuteChronicRatio, readiness, streak, sleepSource, hrv);
    }

    /// <summary>The night given, or else the last one a connected sleep source recorded.</summary>
    public async Task<Result<SleepReport>> SleepAsync(Caller caller, SleepRequest request, CancellationToken ct)
    {
        if (request.AsleepMinutes is { } asleep)
        {
            return SleepQuality.Assess(asleep, request.InBedMinutes, request.DeepMinutes, request.RemMinutes) is { } night
                ? new SleepReport(SleepReport.Input, null, night)
                : Refusal.Invalid("in_bed_minutes must be at least asleep_minutes, and deep_minutes + rem_minutes at most asleep_minutes");
        }

        if (request.InBedMinutes is not null || request.DeepMinutes is not null || request.RemMinutes is not null)
        {
            return Refusal.Invalid("argument 'asleep_minutes' is required with in_bed_minutes, deep_minutes or rem_minutes");
        }

        var reading = await sleep.LastNightAsync(caller, ct).ConfigureAwait(false);
        if (reading.Provider is not { } provider)
        {
            return Refusal.Invalid(sleep.Installed.Count == 0
                ? "argument 'asleep_minutes' is required"
                : $"argument 'asleep_minutes' is required when no sleep source is connected: pass asleep_minutes, or connect {string.Join(" or ", sleep.Installed)} (connect_provider) to read last night's sleep from it");
        }

        if (reading.Night is not { } recorded)
        {
            return Refusal.Precondition($"{provider} has no sleep recorded for last night; pass asleep_minutes (and in_bed_minutes, deep_minutes, rem_minutes when known).");
        }

        return SleepQuality.Assess(recorded.AsleepMinutes, recorded.InBedMinutes, recorded.DeepMinutes, recorded.RemMinutes) is { } scored
            ? new SleepReport(provider, recorded.Date, scored)
            : Refusal.Precondition($"The sleep {provider} recorded for {recorded.Date:yyyy-MM-dd} is inconsistent (stages longer than the time asleep); pass asleep_minutes instead.");
    }

    /// <summary>Today's load, form (TSB) and readiness, once the request's HRV is whole.</summary>
    private async Task<Result<TodaysForm>> FormAsync(Caller caller, ReadinessRequest request, CancellationToken ct)
    {
        if (request.HrvMs is null != request.BaselineHrvMs is null)
        {
            return Refusal.Invalid("give both hrv_ms and baseline_hrv_ms, or neither");
        }

        if (Hrv(request) is { } invalid)
        {
            return invalid;
        }

        if (!(await training.TrainingLoadAsync(caller, new ProviderRequest(request.Provider), ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var (hours, from) = request.SleepHours is { } given
            ? (given, SleepReport.Input)
            : await SleptHoursAsync(caller, ct).ConfigureAwait(false);
        var tsb = found.Load.Today.Form;
        if (request.HrvSeries is { } series)
        {
            var trend = HrvTrend.Assess(series)!;
            return new TodaysForm(found.Provider, found.Load, tsb, RecoveryScore.Compute(tsb, hours, trend), from, new HrvReading(trend.Method, trend));
        }

        var single = request.HrvMs is null ? HrvReading.None : new HrvReading(RecoveryScore.SingleHrvMethod, null);
        return new TodaysForm(found.Provider, found.Load, tsb, RecoveryScore.Compute(tsb, hours, request.HrvMs, request.BaselineHrvMs), from, single);
    }

    /// <summary>Why the request's HRV series cannot be used, or null when it can (or there is none).</summary>
    private static Refusal? Hrv(ReadinessRequest request)
    {
        if (request.HrvSeries is not { } series)
        {
            return null;
        }

        if (request.HrvMs is not null)
        {
            return Refusal.Invalid("give hrv_series (the Plews 7-day trend) or hrv_ms with baseline_hrv_ms (one morning), not both");
        }

        var bad = series.Select((value, index) => (value, index)).Where(x => !double.IsFinite(x.value) || x.value <= 0).Select(x => x.index).DefaultIfEmpty(-1).First();
        if (bad >= 0)
        {
            return Refusal.Invalid($"argument 'hrv_series' holds rMSSD values in ms, each above 0; item {bad} is {series[bad].ToString(CultureInfo.InvariantCulture)}");
        }

        return series.Count < HrvTrend.MinimumMornings
            ? Refusal.Invalid(
                $"argument 'hrv_series' needs at least {HrvTrend.MinimumMornings} mornings ({series.Count} given): the last {HrvTrend.RollingDays} make the rolling mean; with {HrvTrend.BaselineMornings} or more the whole series is the baseline it is judged against. For one morning, give hrv_ms with baseline_hrv_ms instead.")
            : null;
    }

    /// <summary>Last night's hours asleep from a connected sleep source; none (and no source) when there is none or it recorded none.</summary>
    private async Task<(double? Hours, string? Source)> SleptHoursAsync(Caller caller, CancellationToken ct) =>
        await sleep.LastNightAsync(caller, ct).ConfigureAwait(false) is { Provider: { } provider, Night: { } night }
            ? (night.AsleepMinutes / 60, provider)
            : (null, null);

    private sealed record TodaysForm(string Provider, TrainingLoadToday Load, double Tsb, Readiness Readiness, string? SleepSource, HrvReading Hrv);
}
