namespace Pierre.Fitness.Zones;

/// <summary>One training zone: its number, name and bounds (bpm, watts, or seconds per km; null when open-ended).</summary>
public sealed record Zone(int Number, string Name, double? Low, double? High);
