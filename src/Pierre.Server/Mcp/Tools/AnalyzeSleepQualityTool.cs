using Pierre.Fitness.Recovery;
using Pierre.Server.Analysis;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>A night's sleep scored: the one the assistant gives, or else last night's from a connected sleep source.</summary>
internal sealed class AnalyzeSleepQualityTool(RecoveryService recovery) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_sleep_quality",
        "Sleep quality",
        "Scores a night's sleep 0–100, a heuristic composite of our own (not a validated score) built on published bands: the mean of time asleep (7–9 h, scored as calculate_recovery_score scores it), efficiency (asleep / in bed, ≥ 85 %) and, when given, deep and REM minutes, with notes on what fell short. Without asleep_minutes, last night's sleep is read from a connected provider that records sleep (Fitbit); sleep_source says which.",
        """
        {"type":"object","properties":{
          "asleep_minutes":{"type":"number","minimum":1,"maximum":1440},"in_bed_minutes":{"type":"number","minimum":1,"maximum":1440},
          "deep_minutes":{"type":"number","minimum":0,"maximum":1440},"rem_minutes":{"type":"number","minimum":0,"maximum":1440}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"score":{"type":"number"},"duration_part":{"type":"number"},"efficiency_part":{"type":["number","null"]},
          "deep_part":{"type":["number","null"]},"rem_part":{"type":["number","null"]},"notes":{"type":"array","items":{"type":"string"}},"method":{"type":"string"},
          "sleep_source":{"type":"string","description":"input, or the provider the night was read from"},
          "sleep_date":{"type":"string","description":"the day the night read from a provider ended"}},
         "required":["score","duration_part","notes","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Recovery);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["asleep_minutes", "in_bed_minutes", "deep_minutes", "rem_minutes"]);
        var request = new SleepRequest(
            call.OptionalNumber("asleep_minutes", 1, 1440),
            call.OptionalNumber("in_bed_minutes", 1, 1440),
            call.OptionalNumber("deep_minutes", 0, 1440),
            call.OptionalNumber("rem_minutes", 0, 1440));
        return ToolOutcome.From(await recovery.SleepAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), report =>
        {
            var night = report.Night;
            return ToolOutcome.Success(
                new
                {
                    score = night.Score, duration_part = night.DurationPart, efficiency_part = night.EfficiencyPart,
                    deep_part = night.DeepPart, rem_part = night.RemPart, notes = night.Notes, method = SleepQuality.Method,
                    sleep_source = report.Source, sleep_date = report.Date is { } date ? IsoDates.Of(date) : null,
                },
                $"Sleep {night.Score:0}/100." + (night.Notes.Count > 0 ? $" {string.Join("; ", night.Notes)}." : string.Empty)
                + (report.Date is { } day ? $" (The night {report.Source} recorded ending {IsoDates.Of(day)}.)" : string.Empty));
        });
    }
}
