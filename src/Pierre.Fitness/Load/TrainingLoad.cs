namespace Pierre.Fitness.Load;

/// <summary>One day of the performance-management chart.</summary>
public sealed record DailyLoad(DateOnly Date, double Stress, double Fitness, double Fatigue)
{
    /// <summary>Training Stress Balance ("form") TSB = CTL − ATL, using the values before this day's training.</summary>
    public double Form { get; init; }

    /// <summary>Acute:chronic workload ratio ATL / CTL; null while CTL is zero.</summary>
    public double? AcuteChronicRatio => Fitness > 0 ? Fatigue / Fitness : null;
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

        var chronic = Smoothing(ChronicDays);
        var acute = Smoothing(AcuteDays);
        var series = new DailyLoad[perDay.Length];
        double ctl = 0, atl = 0;
        for (var i = 0; i < perDay.Length; i++)
        {
            var form = ctl - atl;
            ctl += (perDay[i] - ctl) * chronic;
            atl += (perDay[i] - atl) * acute;
            series[i] = new DailyLoad(from.AddDays(i), perDay[i], ctl, atl) { Form = form };
        }

        return series;
    }
}
