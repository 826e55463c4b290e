namespace Pierre.Server.Analysis;

/// <summary>Today's readiness from training form, and from last night's sleep and HRV (against its baseline) when known.</summary>
internal sealed record ReadinessRequest(string? Provider, double? SleepHours, double? HrvMs, double? BaselineHrvMs);
