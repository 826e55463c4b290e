using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>Readiness, rest-day advice and sleep quality, from training form plus what the athlete reports of their night.</summary>
internal sealed class RecoveryService(TrainingAnalysisService training)
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

        var (provider, load, tsb, readiness) = form;
        var status = readiness.Score switch
        {
            >= 70 => "well recovered: ready for a hard session",
            >= RestBelowScore => "partly recovered: keep it easy or moderate",
            _ => "under-recovered: rest or very easy movement",
        };
        return new RecoveryAssessment(provider, readiness, tsb, status, readiness.Score < RestBelowScore || load.Today.AcuteChronicRatio > SpikeRatio);
    }

    public async Task<Result<RestDayAdvice>> RestDayAsync(Caller caller, ReadinessRequest request, CancellationToken ct)
    {
        if (!(await FormAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var form, out var refusal))
        {
            return refusal;
        }

        var (provider, load, tsb, scored) = form;
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
            reasons.Add($"acute:chronic ratio {today.AcuteChronicRatio:0.00} ({LoadStatus.AcuteChronic(today.AcuteChronicRatio)})");
        }

        if (readiness < RestBelowScore)
        {
            reasons.Add($"readiness {readiness:0}/100");
        }

        if (streak >= MaxStreakDays)
        {
            reasons.Add($"{streak} training days in a row");
        }

        return new RestDayAdvice(provider, reasons, tsb, today.AcuteChronicRatio, readiness, streak);
    }

    public static Result<SleepAssessment> Sleep(SleepRequest request) =>
        SleepQuality.Assess(request.AsleepMinutes, request.InBedMinutes, request.DeepMinutes, request.RemMinutes) is { } night
            ? night
            : Refusal.Invalid("in_bed_minutes must be at least asleep_minutes, and deep_minutes + rem_minutes at most asleep_minutes");

    /// <summary>Today's load, form (TSB) and readiness, once the request's HRV is whole.</summary>
    private async Task<Result<TodaysForm>> FormAsync(Caller caller, ReadinessRequest request, CancellationToken ct)
    {
        if (request.HrvMs is null != request.BaselineHrvMs is null)
        {
            return Refusal.Invalid("give both hrv_ms and baseline_hrv_ms, or neither");
        }

        if (!(await training.TrainingLoadAsync(caller, new ProviderRequest(request.Provider), ct).ConfigureAwait(false)).TryGetValue(out var found, out var refusal))
        {
            return refusal;
        }

        var today = found.Load.Today;
        var tsb = today.Fitness - today.Fatigue;
        return new TodaysForm(found.Provider, found.Load, tsb, RecoveryScore.Compute(tsb, request.SleepHours, request.HrvMs, request.BaselineHrvMs));
    }

    private sealed record TodaysForm(string Provider, TrainingLoadToday Load, double Tsb, Readiness Readiness);
}
