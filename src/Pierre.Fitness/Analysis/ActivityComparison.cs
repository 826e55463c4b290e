using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>One figure of two activities (or an activity and a baseline) and how far apart they are.</summary>
public sealed record MetricDifference(string Metric, double This, double Other, double Difference, double? DifferencePercent);

/// <summary>The differences, a one-word verdict and the sentence behind it.</summary>
public sealed record Comparison(IReadOnlyList<MetricDifference> Differences, string Verdict, string Explanation);

public static class ActivityComparison
{
    public const string Method =
        "differences this − other and as % of other; the verdict (heuristic) from speed and efficiency factor (speed per heartbeat, after Friel's EF), differences under 2 % treated as noise (our threshold)";

    /// <summary>Differences smaller than this (%) are treated as noise.</summary>
    public const double MeaningfulPercent = 2;

    /// <summary>
    /// Figure-by-figure differences (this − other, and as % of other) and a verdict from speed and efficiency (speed per
    /// heartbeat): faster at no extra cost is better, the same speed for fewer beats is fitter, faster for more beats is
    /// harder, slower for no fewer beats per metre is worse.
    /// </summary>
    public static Comparison Compare(PerformanceSummary subject, PerformanceSummary other, Sport sport)
    {
        var differences = new List<MetricDifference>();
        void Add(string metric, double? mine, double? theirs)
        {
            if (mine is { } a && theirs is { } b && double.IsFinite(a) && double.IsFinite(b))
            {
                differences.Add(new MetricDifference(metric, a, b, a - b, b != 0 ? (a - b) / Math.Abs(b) * 100 : null));
            }
        }

        Add("duration_s", subject.DurationSeconds, other.DurationSeconds);
        Add("distance_m", subject.DistanceMeters, other.DistanceMeters);
        Add("speed_m_s", subject.SpeedMetersPerSecond, other.SpeedMetersPerSecond);
        if (sport != Sport.Ride)
        {
            Add("pace_s_per_km", subject.PaceSecondsPerKm, other.PaceSecondsPerKm);
        }

        Add("heart_rate_bpm", subject.HeartRate, other.HeartRate);
        Add("power_w", subject.PowerWatts, other.PowerWatts);
        Add("meters_per_beat", subject.MetersPerBeat, other.MetersPerBeat);
        double? Percent(string metric) => differences.FirstOrDefault(d => d.Metric == metric)?.DifferencePercent;
        var (verdict, explanation) = Verdict(Percent("speed_m_s"), Percent("meters_per_beat"));
        return new Comparison(differences, verdict, explanation);
    }

    private static (string, string) Verdict(double? speed, double? efficiency)
    {
        const double m = MeaningfulPercent;
        return (speed, efficiency) switch
        {
            (null, _) => ("not_comparable", "no speed to compare"),
            ( >= m, null) => ("faster", $"{speed:0.0} % faster (no heart rate to judge the cost)"),
            ( <= -m, null) => ("slower", $"{-speed:0.0} % slower (no heart rate to judge the cost)"),
            (_, null) => ("similar", "about the same speed"),
            ( >= m, >= -m) => ("better", $"{speed:0.0} % faster at no extra heart-rate cost per metre"),
            ( >= m, _) => ("harder", $"{speed:0.0} % faster, paid for with {-efficiency:0.0} % fewer metres per heartbeat"),
            ( > -m, >= m) => ("fitter", $"about as fast with {efficiency:0.0} % more metres per heartbeat"),
            ( > -m, <= -m) => ("worse", $"about as fast but {-efficiency:0.0} % fewer metres per heartbeat (fatigue, heat or an off day)"),
            ( > -m, _) => ("similar", "about the same speed and efficiency"),
            (_, > -m) => ("easier", $"{-speed:0.0} % slower at no higher heart-rate cost per metre: an easier effort"),
            _ => ("worse", $"{-speed:0.0} % slower and {-efficiency:0.0} % fewer metres per heartbeat"),
        };
    }
}
