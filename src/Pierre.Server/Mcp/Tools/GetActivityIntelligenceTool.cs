using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>A compact, sayable reading of one activity: kind of session, training effect, similar sessions, personal best, insights.</summary>
internal sealed class GetActivityIntelligenceTool(ActivityAnalysisService analysis) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_activity_intelligence",
        "Activity summary and insights",
        "A short reading of one activity (activity_id from get_activities): what kind of session it was (long, interval, easy…), its training effect (stress against the median of the sport's sessions in the last 90 days), how it compares with similar activities (same sport, distance within ±20 %, last 180 days), whether it is the fastest on record in its ±20 % distance band, and 2–4 one-sentence insights (on steady sessions of 45 min or more, Friel's aerobic decoupling: NP or grade-adjusted pace per heartbeat, first half vs second after a 10-min warm-up, stops left out, under 5 % coupled). The session type and the training-effect labels are heuristics of this server.",
        """{"type":"object","properties":{"activity_id":{"type":"string"},"provider":{"type":"string"}},"required":["activity_id"],"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"activity_id":{"type":"string"},"name":{"type":"string"},"sport_type":{"type":"string"},
          "start_date":{"type":"string","format":"date-time"},"duration_s":{"type":"number"},"distance_m":{"type":"number"},
          "session_type":{"type":"string"},"effort":{"type":["string","null"]},
          "training_effect":{"type":"object","properties":{"stress":{"type":"number"},"method":{"type":"string"},"typical_stress":{"type":["number","null"]},
            "ratio":{"type":["number","null"]},"label":{"type":"string"}},"required":["stress","method","label"]},
          "similar":{"type":"object","properties":{"count":{"type":"integer"},"since":{"type":"string","format":"date-time"},"average_speed_m_s":{"type":["number","null"]},
            "speed_difference_pct":{"type":["number","null"]},"heart_rate_difference_bpm":{"type":["number","null"]},"rank":{"type":["integer","null"]}},"required":["count","since"]},
          "personal_best":{"type":"object","properties":{"is_personal_best":{"type":"boolean"},"band_low_m":{"type":"number"},"band_high_m":{"type":"number"},
            "fastest_other_id":{"type":["string","null"]},"fastest_other_speed_m_s":{"type":["number","null"]}},"required":["is_personal_best","band_low_m","band_high_m"]},
          "insights":{"type":"array","items":{"type":"string"},"minItems":2,"maxItems":4},"method":{"type":"string"}},
         "required":["provider","activity_id","sport_type","session_type","training_effect","similar","personal_best","insights","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    private const string Method =
        "heuristic: session type from sport, duration, effort and output variation; training effect = this session's stress ÷ the median of the sport's "
        + "sessions in the last 90 days, labelled light (< 0.67), typical (≤ 1.33), heavy (≤ 2), very heavy; similar = same sport, distance ±20 %, "
        + "last 180 days. Decoupling insight: " + AerobicDecoupling.Method;

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "provider"]);
        var request = new ActivityRequest(call.RequiredString("activity_id"), call.OptionalProvider());
        return ToolOutcome.From(await analysis.ReadAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(ActivityReading read)
    {
        var (activity, reading) = (read.Activity, read.Insights);
        var (effect, similar, best) = (reading.Effect, reading.Similar, reading.PersonalBest);
        return ToolOutcome.Success(
            new
            {
                provider = read.Provider,
                activity_id = activity.Id,
                name = activity.Name,
                sport_type = activity.Sport.ToString().ToLowerInvariant(),
                start_date = activity.StartTime,
                duration_s = activity.DurationSeconds,
                distance_m = activity.DistanceMeters,
                session_type = reading.SessionType,
                effort = reading.Effort is { } e ? EffortLevel.Label(e) : null,
                training_effect = new
                {
                    stress = Numbers.Round(effect.Stress), method = StressMethods.Name(effect.Method),
                    typical_stress = Numbers.Round(effect.TypicalStress), ratio = Numbers.Round(effect.Ratio, 2), label = effect.Label,
                },
                similar = new
                {
                    count = similar.Count, since = similar.Since, average_speed_m_s = Numbers.Round(similar.AverageSpeedMetersPerSecond, 3),
                    speed_difference_pct = Numbers.Round(similar.SpeedDifferencePercent), heart_rate_difference_bpm = Numbers.Round(similar.HeartRateDifference),
                    rank = similar.Rank,
                },
                personal_best = new
                {
                    is_personal_best = best.IsPersonalBest, band_low_m = Numbers.Round(best.BandLowMeters), band_high_m = Numbers.Round(best.BandHighMeters),
                    fastest_other_id = best.FastestOther?.Id, fastest_other_speed_m_s = Numbers.Round(best.FastestOther?.AverageSpeedMetersPerSecond, 3),
                },
                insights = reading.Insights,
                method = Method,
            },
            string.Join(" ", reading.Insights));
    }
}
