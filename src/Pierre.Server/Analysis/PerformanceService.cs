using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>Race predictions (Daniels–Gilbert VDOT, cross-checked with Riegel) and personal training zones.</summary>
internal sealed class PerformanceService(
    AthleteProfiles profiles, ProviderResolver providers, ActivitySource source, ThresholdFinder thresholds, CriticalZonesService criticalZones, TimeProvider clock)
{
    private const int PredictionLookbackDays = 180;
    private const double MinReferenceMeters = 3000;
    private const int VdotLookbackDays = 180;

    public async Task<Result<PredictedRace>> PredictAsync(Caller caller, PredictionRequest request, CancellationToken ct)
    {
        if (request.ReferenceMeters is null != request.ReferenceSeconds is null)
        {
            return Refusal.Invalid("give both reference_distance_m and reference_time_s, or neither to use the athlete's own runs");
        }

        var exponent = request.RiegelExponent ?? (await profiles.LoadAsync(caller, ct).ConfigureAwait(false)).Profile.RiegelExponent;
        (double Meters, double Seconds, string Source) reference;
        if (request.ReferenceMeters is { } meters && request.ReferenceSeconds is { } seconds)
        {
            reference = (meters, seconds, "arguments");
        }
        else
        {
            if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
            {
                return refusal;
            }

            var since = clock.GetUtcNow().AddDays(-PredictionLookbackDays);
            var runs = (await source.WindowAsync(provider, caller.Account, since, ct).ConfigureAwait(false)).Where(a => a.Sport == Sport.Run).ToList();
            var efforts = runs.Select(a => new RaceEffort(a.Id, a.DistanceMeters, a.DurationSeconds));
            if (RaceReference.Best(efforts, request.TargetMeters, MinReferenceMeters) is not { } best)
            {
                return Refusal.Precondition(
                    $"No run of at least {MinReferenceMeters / 1000:0} km in the last {PredictionLookbackDays} days, other than runs within ±{RaceReference.TargetTolerance * 100:0} % of the target distance (a race is not its own reference), to predict from; give reference_distance_m and reference_time_s instead.");
            }

            var run = runs.First(a => a.Id == best.Effort.Id);
            var excluded = runs.Count(a => a.DistanceMeters >= MinReferenceMeters && RaceReference.NearTarget(a.DistanceMeters, request.TargetMeters));
            reference = (run.DistanceMeters, run.DurationSeconds,
                $"activity {run.Id} ({run.Name}): the best VDOT of the last {PredictionLookbackDays} days' runs of {MinReferenceMeters / 1000:0} km or more"
                + (excluded > 0 ? $", leaving out {excluded} within ±{RaceReference.TargetTolerance * 100:0} % of the target distance" : string.Empty));
        }

        if (Vdot.FromRace(reference.Meters, reference.Seconds) is not { } vdot || Vdot.PredictSeconds(vdot, request.TargetMeters) is not { } predicted)
        {
            return Refusal.Precondition("The reference performance is outside what the VDOT model covers (3.5 minutes to 10 hours, VDOT 20–90); check the distance and time.");
        }

        var riegel = RacePrediction.RiegelSeconds(reference.Meters, reference.Seconds, request.TargetMeters, exponent)!.Value;
        return new PredictedRace(
            request.TargetMeters, predicted, vdot, riegel, Math.Min(predicted, riegel) * 0.98, Math.Max(predicted, riegel) * 1.02,
            reference.Meters, reference.Seconds, reference.Source);
    }

    public async Task<Result<PersonalZones>> ZonesAsync(Caller caller, ZonesRequest request, CancellationToken ct)
    {
        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var provider = context.Provider;
        var athlete = context.Athlete;
        var maxHr = request.Formula is { } f ? MaxHeartRate.Estimate(athlete.AgeYears, f)!.Value : athlete.MaxHeartRate;
        if (HeartRateZones.Karvonen(athlete.RestingHeartRate, maxHr) is not { } heartRateZones)
        {
            return Refusal.Precondition($"Resting heart rate {athlete.RestingHeartRate} must be below maximum {maxHr:0}; correct it with update_user_configuration.");
        }

        var since = clock.GetUtcNow().AddDays(-VdotLookbackDays);
        var vdot = (await source.WindowAsync(provider, caller.Account, since, ct).ConfigureAwait(false))
            .Where(a => a.Sport == Sport.Run)
            .Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds))
            .Max();
        var estimate = await thresholds.EstimateAsync(provider, caller.Account, ct).ConfigureAwait(false);
        var ftp = athlete.FtpWatts ?? estimate.FtpWatts;
        if (!(await criticalZones.ForAsync(caller, provider, request.Anchor, request.SwimCssSecondsPer100Meters, athlete.Thresholds.SwimmingCssSecondsPer100m, ct).ConfigureAwait(false)).TryGetValue(out var critical, out var noCp))
        {
            return noCp;
        }

        return new PersonalZones(
            provider, maxHr, athlete.RestingHeartRate, ftp, athlete.FtpWatts is null && ftp is not null, vdot, heartRateZones,
            request.Anchor == PowerAnchor.CriticalPower ? critical.CriticalPowerZones : ftp is { } watts ? PowerZones.Coggan(watts) : null,
            vdot is { } v ? PaceZones.Daniels(v) : null, estimate, critical);
    }
}
