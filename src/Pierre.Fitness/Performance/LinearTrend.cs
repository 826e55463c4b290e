namespace Pierre.Fitness.Performance;

/// <summary>An ordinary-least-squares line with its fit and whether the slope differs from zero at the 5 % level.</summary>
public sealed record TrendLine(double Slope, double Intercept, double RSquared, double TStatistic, int Count, bool Significant);

/// <summary>
/// Least squares y = a + b·x with R² = 1 − SSres/SStot and a two-sided t-test of b ≠ 0 (t = b / SE(b),
/// SE(b) = √(SSres/(n−2) / Sxx), n − 2 degrees of freedom, Student's t critical values at α = 0.05).
/// </summary>
public static class LinearTrend
{
    private static readonly double[] CriticalT =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>The fitted line; null with fewer than three finite points or no spread in x.</summary>
    public static TrendLine? Fit(IReadOnlyList<(double X, double Y)> points)
    {
        var data = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        var n = data.Count;
        if (n < 3)
        {
            return null;
        }

        var meanX = data.Average(p => p.X);
        var meanY = data.Average(p => p.Y);
        var sxx = data.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx <= 0)
        {
            return null;
        }

        var slope = data.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var intercept = meanY - (slope * meanX);
        var ssTot = data.Sum(p => (p.Y - meanY) * (p.Y - meanY));
        var ssRes = data.Sum(p => Math.Pow(p.Y - (intercept + (slope * p.X)), 2));
        var rSquared = ssTot > 0 ? 1 - (ssRes / ssTot) : 1;
        var standardError = Math.Sqrt(ssRes / (n - 2) / sxx);
        var t = standardError > 0 ? slope / standardError : (slope == 0 ? 0 : double.PositiveInfinity);
        return new TrendLine(slope, intercept, rSquared, t, n, Math.Abs(t) > Critical(n - 2));
    }

    /// <summary>
    /// Two-sided 5 % critical value of Student's t for <paramref name="degreesOfFreedom"/>. Between the table's rows above
    /// 30 (40, 60, 120) it takes the row with fewer degrees of freedom, whose value is larger: the conservative choice,
    /// so a slope is never called significant that the exact value would not call so.
    /// </summary>
    public static double Critical(int degreesOfFreedom) => degreesOfFreedom switch
    {
        < 1 => double.PositiveInfinity,
        <= 30 => CriticalT[degreesOfFreedom - 1],
        < 40 => 2.042,
        < 60 => 2.021,
        < 120 => 2.000,
        _ => 1.980,
    };
}
