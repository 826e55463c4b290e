using Pierre.Fitness.Model;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetStatsTool(ProviderResolver providers, ActivitySource source, TimeProvider clock) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_stats",
        "Training totals",
        "Totals per sport (count, distance, moving time, climbing) for the last 4 weeks, the year to date and all recorded history.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "recent_4_weeks":{"$ref":"#/$defs/totals"},"year_to_date":{"$ref":"#/$defs/totals"},"all_time":{"$ref":"#/$defs/totals"}},
         "required":["provider","recent_4_weeks","year_to_date","all_time"],
         "$defs":{"totals":{"type":"array","items":{"type":"object","properties":{"sport":{"type":"string"},"count":{"type":"integer"},
           "distance_m":{"type":"number"},"duration_s":{"type":"number"},"elevation_gain_m":{"type":"number"}},
           "required":["sport","count","distance_m","duration_s","elevation_gain_m"]}}}}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var (provider, error) = await providers.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow();
        var activities = await source.ActivitiesAsync(provider!, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        await call.Progress.ReportAsync(1, 4, $"loaded {activities.Count} activities", cancellationToken).ConfigureAwait(false);
        var yearStart = new DateTimeOffset(now.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var recent = View(activities.Where(a => a.StartTime > now.AddDays(-28)));
        await call.Progress.ReportAsync(2, 4, "last 4 weeks summed", cancellationToken).ConfigureAwait(false);
        var year = View(activities.Where(a => a.StartTime >= yearStart));
        await call.Progress.ReportAsync(3, 4, "year to date summed", cancellationToken).ConfigureAwait(false);
        var all = View(activities);
        await call.Progress.ReportAsync(4, 4, "all history summed", cancellationToken).ConfigureAwait(false);
        return ToolOutcome.Success(new { provider, recent_4_weeks = recent, year_to_date = year, all_time = all });
    }

    private static List<object> View(IEnumerable<Activity> activities) =>
        [.. SportTotals.Of(activities).Select(t => new
        {
            sport = t.Sport.ToString().ToLowerInvariant(), count = t.Count, distance_m = Math.Round(t.DistanceMeters),
            duration_s = Math.Round(t.DurationSeconds), elevation_gain_m = Math.Round(t.ElevationGainMeters),
        })];
}
