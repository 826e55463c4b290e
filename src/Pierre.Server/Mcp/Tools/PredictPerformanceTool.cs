using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Race prediction by Daniels–Gilbert VDOT, cross-checked with Riegel, from a given race or the athlete's best recent run.</summary>
internal sealed class PredictPerformanceTool(PerformanceService performance) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "predict_performance",
        "Predict a race time",
        "Predicts the time for target_distance_m with Daniels' VDOT (and Riegel's power law as a cross-check), from reference_distance_m + reference_time_s when given, otherwise from the athlete's best run (highest VDOT) of the last 180 days of at least 3 km, leaving out runs within ±10 % of the target distance so a race never predicts itself; reference.source names the run used. "
        + "range_s spans the VDOT and Riegel predictions widened by 2 % each side: a convention, not a statistical error model.",
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
          "method":{"type":"string"},"range_method":{"type":"string"},"vdot":{"type":"number"},"riegel_time_s":{"type":"number"},
          "range_s":{"type":"object","properties":{"low":{"type":"number"},"high":{"type":"number"}},"required":["low","high"]},
          "reference":{"type":"object","properties":{"distance_m":{"type":"number"},"time_s":{"type":"number"},"source":{"type":"string"}},"required":["distance_m","time_s","source"]}},
         "required":["target_distance_m","predicted_time_s","method","range_method","vdot","range_s","reference"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    private const string Method =
        "Daniels–Gilbert VDOT (Daniels & Gilbert 1979; Daniels' Running Formula) from the reference performance; riegel_time_s is Riegel's T2 = T1 × (D2 / D1)^k (Riegel 1981)";

    private const string RangeMethod = "convention: from the faster of the VDOT and Riegel predictions − 2 % to the slower + 2 %; not derived from an error model";

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["target_distance_m", "reference_distance_m", "reference_time_s", "riegel_exponent", "provider"]);
        var request = new PredictionRequest(
            call.RequiredNumber("target_distance_m", 800, 100_000),
            call.OptionalNumber("reference_distance_m", 800, 100_000),
            call.OptionalNumber("reference_time_s", 60, 36_000),
            call.OptionalNumber("riegel_exponent", 1.01, 1.15),
            call.OptionalProvider());
        return ToolOutcome.From(await performance.PredictAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), p => ToolOutcome.Success(
            new
            {
                target_distance_m = p.TargetMeters,
                predicted_time_s = Math.Round(p.PredictedSeconds),
                predicted_time = RaceClock.Format(p.PredictedSeconds),
                method = Method,
                range_method = RangeMethod,
                vdot = Math.Round(p.Vdot, 1),
                riegel_time_s = Math.Round(p.RiegelSeconds),
                range_s = new { low = Math.Round(p.LowSeconds), high = Math.Round(p.HighSeconds) },
                reference = new { distance_m = p.ReferenceMeters, time_s = p.ReferenceSeconds, source = p.ReferenceSource },
            },
            $"Predicted {RaceClock.Format(p.PredictedSeconds)} for {p.TargetMeters / 1000:0.###} km (VDOT {p.Vdot:0.0}; Riegel {RaceClock.Format(p.RiegelSeconds)}; "
            + $"likely {RaceClock.Format(p.LowSeconds)}–{RaceClock.Format(p.HighSeconds)}), from {p.ReferenceSource}."));
    }
}
