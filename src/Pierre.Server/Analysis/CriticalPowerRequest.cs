using Pierre.Fitness.Performance;

namespace Pierre.Server.Analysis;

/// <summary>The sport a critical power or speed is fitted for.</summary>
internal enum CriticalSport
{
    Cycling,
    Running,
    Swimming,
}

/// <summary>
/// Fit critical power (power efforts) or critical speed (distance efforts); at most one of the lists is given. With
/// neither, the athlete's stored best efforts of the last 90 days are used for <paramref name="Sport"/> (cycling by default);
/// <paramref name="StoredOnly"/> uses the bests already stored and reads no streams for the missing ones.
/// </summary>
internal sealed record CriticalPowerRequest(
    IReadOnlyList<PowerEffort>? PowerEfforts, IReadOnlyList<DistanceEffort>? DistanceEfforts, CriticalSport? Sport, string? Provider, bool StoredOnly = false);
