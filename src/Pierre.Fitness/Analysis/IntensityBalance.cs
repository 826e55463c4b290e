using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>How many rated sessions were hard, against the share the training profile aims for.</summary>
public sealed record IntensityBalance(int HardSessions, int RatedSessions, double? HardShare, double TargetShare, string Status);

public static class IntensityBalances
{
    /// <summary>Tolerance above the target share before intensity is called too much.</summary>
    public const double Tolerance = 0.05;

    /// <summary>
    /// Share of sessions at threshold or above (effort from the summary; unrated sessions are left out) against the
    /// profile's target, after Seiler's ~80/20 polarised distribution (Seiler &amp; Kjerland 2006; Seiler 2010): above
    /// target + 5 points is too much intensity, below half the target little intensity.
    /// </summary>
    public static IntensityBalance Of(IEnumerable<Activity> activities, Athlete athlete, double targetShare)
    {
        var efforts = activities.Select(a => EffortLevel.OfSummary(a, athlete)).OfType<Effort>().ToList();
        var hard = efforts.Count(EffortLevel.IsHard);
        double? share = efforts.Count > 0 ? hard / (double)efforts.Count : null;
        var status = share switch
        {
            null => "no rated sessions",
            _ when share > targetShare + Tolerance => "too much intensity",
            _ when share < targetShare / 2 => "little intensity",
            _ => "balanced",
        };
        return new IntensityBalance(hard, efforts.Count, share, targetShare, status);
    }
}
