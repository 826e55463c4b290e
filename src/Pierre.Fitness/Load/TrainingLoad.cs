namespace Pierre.Fitness.Load;

/// <summary>One day of the performance-management chart.</summary>
public sealed record DailyLoad(DateOnly Date, double Stress, double Fitness, double Fatigue)
{
    /// <summary>
    /// Training Stress Balance ("form"), the TrainingPeaks convention: TSB(d) = CTL(d−1) − ATL(d−1), the form the athlete
    /// brings into this day, whatever this day's training. The one definition every tool reports.
    /// </summary>
    public double Form { get; init; }

    /// <summary>The acute (7-day) EWMA of daily load of Williams et al. (2017), λ = 2/(7+1) = 0.25.</summary>
    public double AcuteLoad { get; init; }

    /// <summary>The chronic (28-day) EWMA of daily load of Williams et al. (2017), λ = 2/(28+1) ≈ 0.0690.</summary>
    public double ChronicLoad { get; init; }

    /// <summary>
    /// Acute:chronic workload ratio, EWMA 7:28 (Williams et al. 2017): <see cref="AcuteLoad"/> / <see cref="ChronicLoad"/>;
    /// null while the chronic load is zero. Not ATL/CTL: those use the 7- and 42-day time constants of the PMC.
    /// </summary>
    public double? AcuteChronicRatio => ChronicLoad > 0 ? AcuteLoad / ChronicLoad : null;
}

/// <summary>
/// Banister's impulse-response model as the performance-management chart uses it (Coggan): chronic training load
/// (CTL, "fitness", 42-day time constant) and acute load (ATL, "fatigue", 7-day), each an exponentially weighted mean
/// of daily stress: X_d = X_{d−1} + (S_d − X_{d−1}) × (1 − e^(−1/τ)). Days without training count as zero stress.
/// </summary>
public static class TrainingLoad
{
    public const int ChronicDays = 42;
    public const int AcuteDays = 7;

    /// <summary>The acute window N of the EWMA acute:chronic ratio (Williams et al. 2017).</summary>
    public const int AcwrAcuteDays = 7;

    /// <summary>The chronic window N of the EWMA acute:chronic ratio (Williams et al. 2017).</summary>
    public const int AcwrChronicDays = 28;

    /// <summary>How the acute:chronic ratio is computed, named in every result that reports it.</summary>
    public const string AcwrMethod = "EWMA 7:28 (Williams et al. 2017)";

    /// <summary>How form (TSB) is defined, named in every result that reports it.</summary>
    public const string FormMethod = "TSB = CTL − ATL at the end of the previous day (TrainingPeaks): the form entering the day, before its training";

    /// <summary>The EWMA decay of Williams et al. (2017), λ = 2/(N+1): 0.25 for N = 7, 0.0690 for N = 28.</summary>
    public static double EwmaLambda(int days) => 2.0 / (days + 1);

    /// <summary>The smoothing constant λ = 1 − e^(−1/τ) (0.0235 for 42 days, 0.1331 for 7).</summary>
    public static double Smoothing(int timeConstantDays) => 1 - Math.Exp(-1.0 / timeConstantDays);

    /// <summary>One entry per calendar day from <paramref name="from"/> to <paramref name="to"/>, stress summed per day.</summary>
    public static IReadOnlyList<DailyLoad> Series(IEnumerable<(DateOnly Date, double Stress)> sessions, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return [];
        }

        var perDay = new double[to.DayNumber - from.DayNumber + 1];
        foreach (var (date, stress) in sessions)
        {
            if (date >= from && date <= to && double.IsFinite(stress) && stress > 0)
            {
                perDay[date.DayNumber - from.DayNumber] += stress;
            }
        }

        var series = new DailyLoad[perDay.Length];
        DailyLoad? previous = null;
        for (var i = 0; i < perDay.Length; i++)
        {
            previous = series[i] = Day(from.AddDays(i), perDay[i], previous);
        }

        return series;
    }

    /// <summary>
    /// One day after <paramref name="previous"/> (all zero when null): CTL and ATL with the PMC time constants, the
    /// Williams EWMAs of daily load, and form TSB = CTL(d−1) − ATL(d−1), which this day's stress does not change.
    /// </summary>
    public static DailyLoad Day(DateOnly date, double stress, DailyLoad? previous)
    {
        double ctl = previous?.Fitness ?? 0, atl = previous?.Fatigue ?? 0;
        double acuteLoad = previous?.AcuteLoad ?? 0, chronicLoad = previous?.ChronicLoad ?? 0;
        return new DailyLoad(date, stress, ctl + ((stress - ctl) * Smoothing(ChronicDays)), atl + ((stress - atl) * Smoothing(AcuteDays)))
        {
            Form = ctl - atl,
            AcuteLoad = acuteLoad + ((stress - acuteLoad) * EwmaLambda(AcwrAcuteDays)),
            ChronicLoad = chronicLoad + ((stress - chronicLoad) * EwmaLambda(AcwrChronicDays)),
        };
    }
}
