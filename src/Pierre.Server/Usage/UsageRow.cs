using Pierre.Server.Data.Entities;

namespace Pierre.Server.Usage;

/// <summary>
/// One counted request while it waits for the flush. A value, kept in <see cref="UsageRecorder"/>'s reused buffer: the
/// row lives up to a second, long enough to outlive several collections as an object, and so to be copied into older
/// generations by each.
/// </summary>
internal readonly record struct UsageRow(
    Guid TenantId, Guid UserId, Guid? ApiKeyId, string Operation, int StatusCode, int DurationMs, DateTime Timestamp)
{
    public ApiKeyUsage ToEntity() => new()
    {
        TenantId = TenantId,
        UserId = UserId,
        ApiKeyId = ApiKeyId,
        Operation = Operation,
        StatusCode = StatusCode,
        DurationMs = DurationMs,
        Timestamp = Timestamp,
    };
}
