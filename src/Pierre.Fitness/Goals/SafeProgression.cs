namespace Pierre.Fitness.Goals;

/// <summary>
/// Weekly volume that grows by a fixed fraction g a week, the profile's cap on progression (the "10 % rule", a
/// convention rather than a proven safe limit; see <see cref="Configuration.TrainingProfiles.VolumeGrowthBasis"/>):
/// week k of n holds r (1 + g)^k, a geometric series.
/// </summary>
public static class SafeProgression
{
    private const double MaxGrowth = 1.0;

    /// <summary>Total volume (km or h) of n weeks starting from r a week and growing by g a week: r (1 + g) ((1 + g)^n − 1) / g, or r n when g = 0.</summary>
    public static double Capacity(double weeklyAmount, double weeklyGrowth, double weeks)
    {
        if (weeklyAmount <= 0 || weeks <= 0)
        {
            return 0;
        }

        return weeklyGrowth <= 0
            ? weeklyAmount * weeks
            : weeklyAmount * (1 + weeklyGrowth) * (Math.Pow(1 + weeklyGrowth, weeks) - 1) / weeklyGrowth;
    }

    /// <summary>
    /// The weekly growth g at which <see cref="Capacity"/> over <paramref name="weeks"/> reaches <paramref name="amount"/>,
    /// by bisection on 0–100 % a week; 0 when the current rate already gets there; null when nothing can (no recent
    /// volume or no time left) or it would take more than doubling every week.
    /// </summary>
    public static double? RequiredGrowth(double weeklyAmount, double amount, double weeks)
    {
        if (amount <= weeklyAmount * weeks)
        {
            return 0;
        }

        if (weeklyAmount <= 0 || weeks <= 0 || Capacity(weeklyAmount, MaxGrowth, weeks) < amount)
        {
            return null;
        }

        double low = 0, high = MaxGrowth;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Capacity(weeklyAmount, mid, weeks) < amount ? (mid, high) : (low, mid);
        }

        return high;
    }

    /// <summary>Weeks for <see cref="Capacity"/> to reach an amount: n = ln(1 + A g / (r (1 + g))) / ln(1 + g), or A / r when g = 0; null when r ≤ 0.</summary>
    public static double? WeeksToReach(double weeklyAmount, double amount, double weeklyGrowth)
    {
        if (weeklyAmount <= 0)
        {
            return null;
        }

        return weeklyGrowth <= 0
            ? Math.Max(0, amount) / weeklyAmount
            : Math.Log(1 + (Math.Max(0, amount) * weeklyGrowth / (weeklyAmount * (1 + weeklyGrowth)))) / Math.Log(1 + weeklyGrowth);
    }
}
