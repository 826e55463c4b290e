using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Race prediction by Daniels–Gilbert VDOT, cross-checked with Riegel, from a given race or the athlete's best recent run.</summary>
internal sealed class PredictPerformanceTool(AthleteProfiles profiles, ProviderResolver providers, ActivitySource source, TimeProvider clock) : IMcpTool
{
    private const int LookbackDays = 180;
    private const double MinReferenceMeters = 3000;

    public static readonly ToolDescriptor Definition = new(
        "predict_performance",
        "Predict a race time",
        "Predicts the time for target_distance_m with Daniels' VDOT (and Riegel's power law as a cross-check), from reference_distance_m + reference_time_s when given, otherwise from the athlete's best run of the last 180 days.",
        """
        {"type":"object","properties":{
          "target_distance_m":{"type":"number","minimum":800,"maximum":100000,"description":"Race distance, e.g. 5000, 10000, 21097.5, 42195"},
          "reference_distance_m":{"type":"number","minimum":800,"maximum":100000},
          "reference_time_s":{"type":"number","minimum":60},
          "riegel_exponent":{"type":"number","minimum":1.01,"maximum":1.15,"description":"Default: the user's training profile (1.05 elite to 1.08 beginner)"},
          "provider":{"type":"string"}},
         "required":["target_distance_m"],"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{
          "target_distance_m":{"type":"number"},"predicted_time_s":{"type":"number"},"predicted_time":{"type":"string"},
          "method":{"type":"string"},"vdot":{"type":"number"},"riegel_time_s":{"type":"number"},
          "range_s":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"}},"required":["low","high"]},
          "reference":{"type":"object","properties":{"distance_m":{"type":"number"},"time_s":{"type":"number"},"source":{"type":"string"}},"required":["distance_m","time_s","source"]}},
         "required":["target_distance_m","predicted_time_s","method","vdot","range_s","reference"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["target_distance_m", "reference_distance_m", "reference_time_s", "riegel_exponent", "provider"]);
        var target = call.RequiredNumber("target_distance_m", 800, 100_000);
        var referenceMeters = call.OptionalNumber("reference_distance_m", 800, 100_000);
        var referenceSeconds = call.OptionalNumber("reference_time_s", 60, 36_000);
        var exponent = call.OptionalNumber("riegel_exponent", 1.01, 1.15) ?? (await profiles.LoadAsync(call.Caller, cancellationToken).ConfigureAwait(false)).Profile.RiegelExponent;
        if (referenceMeters is null != referenceSeconds is null)
        {
            throw new ToolArgumentException("give both reference_distance_m and reference_time_s, or neither to use the athlete's own runs");
        }

        (double Meters, double Seconds, string Source) reference;
        if (referenceMeters is { } meters && referenceSeconds is { } seconds)
        {
            reference = (meters, seconds, "arguments");
        }
        else
        {
            var (provider, error) = await providers.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var since = clock.GetUtcNow().AddDays(-LookbackDays);
            var best = (await source.ActivitiesAsync(provider!, call.Caller.Account, cancellationToken).ConfigureAwait(false))
                .Where(a => a.Sport == Sport.Run && a.StartTime >= since && a.DistanceMeters >= MinReferenceMeters)
                .Select(a => (Activity: a, Vdot: Vdot.FromRace(a.DistanceMeters, a.DurationSeconds)))
                .Where(x => x.Vdot is not null)
                .OrderByDescending(x => x.Vdot)
                .FirstOrDefault();
            if (best.Activity is null)
            {
                return ToolOutcome.Error($"No run of at least {MinReferenceMeters / 1000:0} km in the last {LookbackDays} days to predict from; give reference_distance_m and reference_time_s instead.");
            }

            reference = (best.Activity.DistanceMeters, best.Activity.DurationSeconds, $"activity {best.Activity.Id} ({best.Activity.Name})");
        }

        if (Vdot.FromRace(reference.Meters, reference.Seconds) is not { } vdot || Vdot.PredictSeconds(vdot, target) is not { } predicted)
        {
            return ToolOutcome.Error("The reference performance is outside what the VDOT model covers (3.5 minutes to 10 hours, VDOT 20–90); check the distance and time.");
        }

        var riegel = RacePrediction.RiegelSeconds(reference.Meters, reference.Seconds, target, exponent)!.Value;
        var low = Math.Min(predicted, riegel) * 0.98;
        var high = Math.Max(predicted, riegel) * 1.02;
        var text = $"Predicted {RaceClock.Format(predicted)} for {target / 1000:0.###} km (VDOT {vdot:0.0}; Riegel {RaceClock.Format(riegel)}; likely {RaceClock.Format(low)}–{RaceClock.Format(high)}), from {reference.Source}.";
        return ToolOutcome.Success(
            new
            {
                target_distance_m = target,
                predicted_time_s = Math.Round(predicted),
                predicted_time = RaceClock.Format(predicted),
                method = "vdot",
                vdot = Math.Round(vdot, 1),
                riegel_time_s = Math.Round(riegel),
                range_s = new { low = Math.Round(low), high = Math.Round(high) },
                reference = new { distance_m = reference.Meters, time_s = reference.Seconds, source = reference.Source },
            },
            text);
    }
}
