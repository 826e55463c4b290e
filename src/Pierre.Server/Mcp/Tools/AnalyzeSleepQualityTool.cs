using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class AnalyzeSleepQualityTool : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_sleep_quality",
        "Sleep quality",
        "Scores a night's sleep 0–100 from time asleep (7–9 h), efficiency (asleep / in bed, ≥ 85 %) and, when given, deep and REM minutes, with notes on what fell short.",
        """
        {"type":"object","properties":{
          "asleep_minutes":{"type":"number","minimum":1,"maximum":1440},"in_bed_minutes":{"type":"number","minimum":1,"maximum":1440},
          "deep_minutes":{"type":"number","minimum":0,"maximum":1440},"rem_minutes":{"type":"number","minimum":0,"maximum":1440}},
         "required":["asleep_minutes"],"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"score":{"type":"number"},"duration_part":{"type":"number"},"efficiency_part":{"type":["number","null"]},
          "deep_part":{"type":["number","null"]},"rem_part":{"type":["number","null"]},"notes":{"type":"array","items":{"type":"string"}}},
         "required":["score","duration_part","notes"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["asleep_minutes", "in_bed_minutes", "deep_minutes", "rem_minutes"]);
        var request = new SleepRequest(
            call.RequiredNumber("asleep_minutes", 1, 1440),
            call.OptionalNumber("in_bed_minutes", 1, 1440),
            call.OptionalNumber("deep_minutes", 0, 1440),
            call.OptionalNumber("rem_minutes", 0, 1440));
        return Task.FromResult(ToolOutcome.From(RecoveryService.Sleep(request), night => ToolOutcome.Success(
            new
            {
                score = night.Score, duration_part = night.DurationPart, efficiency_part = night.EfficiencyPart,
                deep_part = night.DeepPart, rem_part = night.RemPart, notes = night.Notes,
            },
            $"Sleep {night.Score:0}/100." + (night.Notes.Count > 0 ? $" {string.Join("; ", night.Notes)}." : string.Empty))));
    }
}
