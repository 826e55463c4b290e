using Pierre.Fitness.Zones;

namespace Pierre.Server.Analysis;

/// <summary>
/// Training zones; <paramref name="Formula"/> estimates the maximum heart rate instead of the measured one,
/// <paramref name="Anchor"/> picks what the power zones rest on, and a given CSS (s/100 m) sets the swim zones.
/// </summary>
internal sealed record ZonesRequest(string? Provider, MaxHeartRateFormula? Formula, PowerAnchor Anchor = PowerAnchor.Ftp, double? SwimCssSecondsPer100Meters = null);
