namespace Pierre.Server.Analysis;

/// <summary>
/// Today's readiness from training form, and from last night's sleep and HRV when known: either one morning's rMSSD
/// against its baseline, or a series of mornings' rMSSD (ms, oldest first) for the Plews 7-day trend.
/// </summary>
internal sealed record ReadinessRequest(string? Provider, double? SleepHours, double? HrvMs, double? BaselineHrvMs, IReadOnlyList<double>? HrvSeries = null);
