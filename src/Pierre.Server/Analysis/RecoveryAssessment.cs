using Pierre.Fitness.Recovery;

namespace Pierre.Server.Analysis;

/// <summary>
/// A readiness score with its parts, today's form (TSB), a plain-language status and whether to rest; where the sleep
/// came from (<see cref="SleepReport.Input"/> or a provider), null when no sleep was known; and how HRV was judged.
/// </summary>
internal sealed record RecoveryAssessment(string Provider, Readiness Readiness, double Tsb, string Status, bool RestSuggested, string? SleepSource, HrvReading Hrv);
