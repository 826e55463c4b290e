namespace Pierre.Fitness.Performance;

/// <summary>A run that could serve as a race prediction's reference: its id, distance (m) and time (s).</summary>
public sealed record RaceEffort(string Id, double Meters, double Seconds);
