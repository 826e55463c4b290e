namespace Pierre.Fitness.Performance;

/// <summary>A power effort: its duration (s) and mean power (W).</summary>
public readonly record struct PowerEffort(double DurationSeconds, double PowerWatts);

/// <summary>A distance effort: its duration (s) and the distance covered (m).</summary>
public readonly record struct DistanceEffort(double DurationSeconds, double DistanceMeters);

/// <summary>Critical power (W) and W′ (J) from the linear work–time fit, with its coefficient of determination.</summary>
public sealed record CriticalPowerFit(double CriticalPowerWatts, double WPrimeJoules, double RSquared, int Efforts);

/// <summary>Critical speed (m/s) and D′ (m) from the linear distance–time fit, with its coefficient of determination.</summary>
public sealed record CriticalSpeedFit(double CriticalSpeedMetersPerSecond, double DPrimeMeters, double RSquared, int Efforts)
{
    /// <summary>Critical swim speed as pace (s per 100 m) = 100 / CS.</summary>
    public double SecondsPer100Meters => 100 / CriticalSpeedMetersPerSecond;
}

/// <summary>The 2-parameter linear critical power and critical speed models (Monod &amp; Scherrer 1965).</summary>
public static class CriticalPower
{
    /// <summary>W = CP·t + W′ fitted by least squares over the efforts' work (W = P·t) against duration (Monod &amp; Scherrer 1965); null with fewer than two valid efforts or no spread in duration.</summary>
    public static CriticalPowerFit? FromPower(IEnumerable<PowerEffort> efforts)
    {
        var valid = efforts.Where(e => IsPositive(e.DurationSeconds) && IsPositive(e.PowerWatts)).ToList();
        return Fit(valid.Select(e => (e.DurationSeconds, e.DurationSeconds * e.PowerWatts)).ToList()) is { } line
            ? new CriticalPowerFit(line.Slope, line.Intercept, line.RSquared, valid.Count)
            : null;
    }

    /// <summary>D = CS·t + D′ fitted by least squares over distance against duration (the distance–time form of Monod &amp; Scherrer 1965; Wakayoshi et al. 1992 for swimming); null with fewer than two valid efforts or no spread in duration.</summary>
    public static CriticalSpeedFit? FromDistance(IEnumerable<DistanceEffort> efforts)
    {
        var valid = efforts.Where(e => IsPositive(e.DurationSeconds) && IsPositive(e.DistanceMeters)).ToList();
        return Fit(valid.Select(e => (e.DurationSeconds, e.DistanceMeters)).ToList()) is { Slope: > 0 } line
            ? new CriticalSpeedFit(line.Slope, line.Intercept, line.RSquared, valid.Count)
            : null;
    }

    /// <summary>Critical swim speed (m/s) = (400 − 200) / (t400 − t200), the two-trial CSS test (Wakayoshi et al. 1992); null unless the 400 m is slower than the 200 m.</summary>
    public static double? CriticalSwimSpeed(double seconds400, double seconds200) =>
        IsPositive(seconds200) && seconds400 > seconds200 && double.IsFinite(seconds400) ? 200 / (seconds400 - seconds200) : null;

    private static bool IsPositive(double value) => double.IsFinite(value) && value > 0;

    private static (double Slope, double Intercept, double RSquared)? Fit(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var syy = points.Sum(p => (p.Y - meanY) * (p.Y - meanY));
        if (sxx <= 1e-9 * Math.Max(1, meanX * meanX))
        {
            return null;
        }

        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var residual = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        var rSquared = syy <= 0 ? 1 : Math.Clamp(1 - residual / syy, 0, 1);
        return (slope, intercept, rSquared);
    }
}
