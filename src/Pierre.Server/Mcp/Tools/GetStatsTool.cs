using Pierre.Fitness.Model;
using Pierre.Server.Activities;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetStatsTool(ActivityService activities) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_stats",
        "Training totals",
        "Totals per sport (count, distance, moving time, climbing) for the last 4 weeks, the year to date and all recorded history.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "recent_4_weeks":{"$ref":"#/$defs/totals"},"year_to_date":{"$ref":"#/$defs/totals"},"all_time":{"$ref":"#/$defs/totals"},"method":{"type":"string"}},
         "required":["provider","recent_4_weeks","year_to_date","all_time","method"],
         "$defs":{"totals":{"type":"array","items":{"type":"object","properties":{"sport":{"type":"string"},"count":{"type":"integer"},
           "distance_m":{"type":"number"},"duration_s":{"type":"number"},"elevation_gain_m":{"type":"number"}},
           "required":["sport","count","distance_m","duration_s","elevation_gain_m"]}}}}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Data);

    private const string Method = "sums per sport of the recorded activities (moving time); no model";

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        var stats = await activities.StatsAsync(
            call.Caller.Caller, request, (step, steps, message, ct) => call.Progress.ReportAsync(step, steps, message, ct), cancellationToken).ConfigureAwait(false);
        return ToolOutcome.From(stats, s => ToolOutcome.Success(new
        {
            provider = s.Provider, recent_4_weeks = View(s.RecentFourWeeks), year_to_date = View(s.YearToDate), all_time = View(s.AllTime), method = Method,
        }));
    }

    private static List<object> View(IReadOnlyList<SportTotals> totals) =>
        [.. totals.Select(t => new
        {
            sport = t.Sport.ToString().ToLowerInvariant(), count = t.Count, distance_m = Math.Round(t.DistanceMeters),
            duration_s = Math.Round(t.DurationSeconds), elevation_gain_m = Math.Round(t.ElevationGainMeters),
        })];
}
