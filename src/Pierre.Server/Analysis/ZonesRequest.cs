using Pierre.Fitness.Zones;

namespace Pierre.Server.Analysis;

/// <summary>Training zones; <paramref name="Formula"/> estimates the maximum heart rate instead of the measured one.</summary>
internal sealed record ZonesRequest(string? Provider, MaxHeartRateFormula? Formula);
