namespace Pierre.Fitness.Load;

/// <summary>Swim stress against critical swim speed, as TrainingPeaks scores it (sTSS).</summary>
public static class SwimStress
{
    /// <summary>Swim Intensity Factor IF = swim speed / CSS speed = (d / t) × CSS pace (s/100 m) / 100; null unless all are positive and finite.</summary>
    public static double? IntensityFactor(double durationSeconds, double distanceMeters, double cssSecondsPer100m) =>
        durationSeconds > 0 && distanceMeters > 0 && cssSecondsPer100m > 0 && double.IsFinite(durationSeconds + distanceMeters + cssSecondsPer100m)
            ? distanceMeters / durationSeconds * cssSecondsPer100m / 100
            : null;

    /// <summary>sTSS = IF³ × hours × 100 (TrainingPeaks' swim TSS; the cube follows the power needed against water drag, which rises with the cube of speed); an hour at CSS scores 100.</summary>
    public static double? TrainingStressScore(double durationSeconds, double distanceMeters, double cssSecondsPer100m) =>
        IntensityFactor(durationSeconds, distanceMeters, cssSecondsPer100m) is { } intensity
            ? intensity * intensity * intensity * durationSeconds / 3600 * 100
            : null;
}
