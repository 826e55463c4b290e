namespace Pierre.Server.Analysis;

/// <summary>The VDOT prediction, Riegel's cross-check, the likely range between them, and the reference it came from.</summary>
internal sealed record PredictedRace(
    double TargetMeters, double PredictedSeconds, double Vdot, double RiegelSeconds, double LowSeconds, double HighSeconds,
    double ReferenceMeters, double ReferenceSeconds, string ReferenceSource);
