namespace Pierre.Fitness.Performance;

/// <summary>Race-time prediction from one performance.</summary>
public static class RacePrediction
{
    public const double DefaultRiegelExponent = 1.06;

    /// <summary>Riegel (1977, 1981): T2 = T1 × (D2 / D1)^k, k = 1.06 by default. Null for non-positive inputs.</summary>
    public static double? RiegelSeconds(double referenceMeters, double referenceSeconds, double targetMeters, double exponent = DefaultRiegelExponent) =>
        referenceMeters > 0 && referenceSeconds > 0 && targetMeters > 0 && exponent is > 0.9 and < 1.3
            ? referenceSeconds * Math.Pow(targetMeters / referenceMeters, exponent)
            : null;
}
