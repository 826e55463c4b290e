namespace Pierre.Server.Dashboard;

/// <summary>The caller's overview: what is connected, their keys with this month's use, the month's totals and the latest tool calls.</summary>
internal sealed record DashboardOverview(
    IReadOnlyList<DashboardConnection> Connections, IReadOnlyList<DashboardApiKey> ApiKeys, MonthUsage Usage, IReadOnlyList<RecentToolCall> RecentToolCalls);

internal sealed record DashboardConnection(string Provider, DateTime ConnectedAt, bool Default);

internal sealed record DashboardApiKey(
    Guid Id, string Name, string KeyPrefix, string Tier, int? MonthlyLimit, int UsedThisMonth, DateTime? LastUsedAt, DateTime CreatedAt,
    DateTime? ExpiresAt, DateTime? RevokedAt);

/// <summary>Every request the caller made this calendar month (UTC), by any key or session; errors answered 400 or above.</summary>
internal sealed record MonthUsage(int Requests, int Errors, DateTime MonthStart, DateTime ResetsAt);

internal sealed record RecentToolCall(string Tool, int Status, int DurationMs, DateTime At, string? KeyPrefix);

/// <summary>
/// Requests, errors and latency per day or per tool from <paramref name="From"/> to <paramref name="To"/>. When more rows
/// than <paramref name="MaxRows"/> fall in the period, only the newest are counted and <paramref name="Capped"/> says so.
/// </summary>
internal sealed record DashboardStats(
    string Scope, string Group, int Days, DateTime From, DateTime To, int RowsRead, int MaxRows, bool Capped, IReadOnlyList<StatsPoint> Series);

/// <summary>One group's figures; the percentiles are null when it has no requests.</summary>
internal sealed record StatsPoint(string Key, int Requests, int Errors, int? P50DurationMs, int? P95DurationMs);
