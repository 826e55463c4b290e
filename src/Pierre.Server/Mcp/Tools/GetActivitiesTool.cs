using Pierre.Fitness.Model;
using Pierre.Server.Activities;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetActivitiesTool(ActivityService activities) : IMcpTool
{
    // A page of a cached read is the same object on every call (ActivityService keeps it), so its rendering is kept too.
    private static readonly ReadMemo<bool, ToolOutcome> Rendered = new(perSource: 2);

    public static readonly ToolDescriptor Definition = new(
        "get_activities",
        "List activities",
        "Lists the user's activities, newest first, with distance, duration, climbing, heart rate, power and pace. Use limit/offset to page, before/after (ISO dates) and sport_type to filter, and format 'compact' for a token-lean table.",
        """
        {"type":"object","properties":{
          "provider":{"type":"string","description":"Provider to read (default: the only connected one)"},
          "limit":{"type":"integer","minimum":1,"maximum":200,"default":20},
          "offset":{"type":"integer","minimum":0,"default":0},
          "before":{"type":"string","description":"Only activities that started before this ISO 8601 date"},
          "after":{"type":"string","description":"Only activities that started after this ISO 8601 date"},
          "sport_type":{"type":"string","enum":["run","ride","swim","walk","hike","other"]},
          "format":{"type":"string","enum":["json","compact"],"default":"json"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{
          "provider":{"type":"string"},"total":{"type":"integer"},"offset":{"type":"integer"},"limit":{"type":"integer"},
          "has_more":{"type":"boolean"},"next_offset":{"type":["integer","null"]},
          "activities":{"type":"array","items":{"type":"object","properties":{
            "id":{"type":"string"},"name":{"type":"string"},"sport_type":{"type":"string"},"start_date":{"type":"string","format":"date-time"},
            "duration_s":{"type":"number"},"distance_m":{"type":"number"},"elevation_gain_m":{"type":"number"},
            "average_heartrate":{"type":["number","null"]},"average_watts":{"type":["number","null"]},"average_pace_s_per_km":{"type":["number","null"]}},
            "required":["id","name","sport_type","start_date","duration_s","distance_m"]}}},
         "required":["provider","total","offset","limit","has_more","activities"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Data);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "limit", "offset", "before", "after", "sport_type", "format"]);
        var request = new ActivityListRequest(
            call.OptionalProvider(),
            call.Int("limit", ActivityListRequest.DefaultLimit, 1, ActivityListRequest.MaxLimit),
            call.Int("offset", 0, 0, ActivityListRequest.MaxOffset),
            call.OptionalDate("before"),
            call.OptionalDate("after"),
            ParseSport(call.OptionalString("sport_type", 16)));
        var compact = call.OptionalString("format", 16) switch
        {
            null or "json" => false,
            "compact" => true,
            _ => throw new ToolArgumentException("argument 'format' must be json or compact"),
        };
        return ToolOutcome.From(
            await activities.ListAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false),
            page => Rendered.GetOrAdd(page, compact, c => Format(page, c)));
    }

    /// <summary>The page as structured content, with the JSON text or the compact table as its text.</summary>
    internal static ToolOutcome Format(ActivityPage page, bool compact)
    {
        var views = page.Activities.Select(ActivityView.Of).ToList();
        var result = new
        {
            provider = page.Provider, total = page.Total, offset = page.Offset, limit = page.Limit, has_more = page.HasMore, next_offset = page.NextOffset,
            activities = views,
        };
        return compact ? ToolOutcome.Success(result, Compact(page, views)) : ToolOutcome.Success(result);
    }

    private static string Compact(ActivityPage page, List<ActivityView> views) =>
        $"provider: {page.Provider}\ntotal: {page.Total}\noffset: {page.Offset}\n" + (page.NextOffset is { } next ? $"next_offset: {next}\n" : string.Empty)
        + CompactTable.Render(
            "activities", views,
            ("id", a => a.Id), ("name", a => a.Name), ("sport", a => a.SportType), ("start", a => a.StartDate),
            ("duration_s", a => a.DurationS), ("distance_m", a => a.DistanceM), ("elev_m", a => a.ElevationGainM),
            ("hr", a => a.AverageHeartrate), ("watts", a => a.AverageWatts), ("pace_s_km", a => a.AveragePaceSPerKm));

    private static Sport? ParseSport(string? value) => value switch
    {
        null => null,
        _ when Enum.TryParse<Sport>(value, ignoreCase: true, out var sport) && Enum.IsDefined(sport) && !int.TryParse(value, out _) => sport,
        _ => throw new ToolArgumentException("argument 'sport_type' must be one of run, ride, swim, walk, hike, other"),
    };
}
