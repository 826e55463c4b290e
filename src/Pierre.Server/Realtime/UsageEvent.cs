using Pierre.Server.Data.Entities;

namespace Pierre.Server.Realtime;

/// <summary>A request of the user was counted: its operation as recorded (<c>tool:get_activities</c>, <c>GET /api/keys</c>).</summary>
internal sealed record UsageEvent(string Operation, int Status, int DurationMs, DateTimeOffset At) : RealtimeEvent("usage")
{
    public static UsageEvent Of(ApiKeyUsage usage) =>
        new(usage.Operation, usage.StatusCode, usage.DurationMs, new DateTimeOffset(DateTime.SpecifyKind(usage.Timestamp, DateTimeKind.Utc)));
}
