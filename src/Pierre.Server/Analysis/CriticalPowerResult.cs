namespace Pierre.Server.Analysis;

/// <summary>One effort used in the fit: its duration and either its mean power or its distance, and where it came from.</summary>
internal sealed record UsedEffort(double DurationSeconds, double? PowerWatts, double? DistanceMeters, string? Label);

/// <summary>
/// Critical power and W′ (power efforts), or critical speed and D′ (distance efforts, with the CSS pace for swimming),
/// from the 2-parameter linear model; <paramref name="Source"/> is "input" or the provider the bests came from.
/// </summary>
internal sealed record CriticalPowerResult(
    CriticalSport Sport,
    double? CriticalPowerWatts,
    double? WPrimeJoules,
    double? CriticalSpeedMetersPerSecond,
    double? DPrimeMeters,
    double? CssSecondsPer100Meters,
    double RSquared,
    IReadOnlyList<UsedEffort> Efforts,
    string Method,
    string Source,
    bool PartialData);
