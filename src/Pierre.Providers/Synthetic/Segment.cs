namespace Pierre.Providers.Synthetic;

/// <summary>
/// A stretch of a workout at one intensity: <see cref="Level"/> is power over FTP on the bike, the fraction of VDOT
/// whose oxygen cost the pace has on foot (Daniels), and speed over critical swim speed in the pool; <see cref="Terrain"/>
/// is how much output swings around it (relative amplitude, from rolling roads or pacing).
/// </summary>
internal sealed record Segment(double Seconds, double Level, double Terrain);
