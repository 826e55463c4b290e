using Pierre.Fitness.Zones;

namespace Pierre.Server.Analysis;

/// <summary>
/// Critical power and W′ beside FTP (from the stored-bests fit of <see cref="CriticalPowerService"/>, or why there is
/// none), its domain zones, and swim pace zones from CSS (given, else fitted from stored swim bests; null when neither).
/// </summary>
internal sealed record CriticalZones(
    PowerAnchor Anchor,
    CriticalPowerResult? CriticalPower,
    string? CriticalPowerMissing,
    IReadOnlyList<Zone>? CriticalPowerZones,
    double? SwimCssSecondsPer100Meters,
    string? SwimCssSource,
    IReadOnlyList<Zone>? SwimZones);
