namespace Pierre.Fitness.Recovery;

/// <summary>A night's sleep score 0–100 and its parts (null for a part with no data).</summary>
public sealed record SleepAssessment(double Score, double DurationPart, double? EfficiencyPart, double? DeepPart, double? RemPart, IReadOnlyList<string> Notes);

/// <summary>
/// Sleep quality, an invented composite of published bands: duration (<see cref="SleepDuration"/>, the same part the
/// readiness score uses), efficiency = asleep / in bed (≥ 85 % is normal, AASM; 65 % scores 0), and stage shares of deep (N3,
/// 13–23 %) and REM (20–25 %) sleep, each 0 at half or double its band. The score is the mean of the parts given.
/// </summary>
public static class SleepQuality
{
    public const string Method =
        "heuristic: mean of duration (7–9 h = 100, Hirshkowitz et al. 2015), efficiency (≥ 85 % = 100, AASM; 0 at 65 %), deep 13–23 % and REM 20–25 % shares (0 at half or double the band); an invented composite, not a validated score";

    public static SleepAssessment? Assess(double asleepMinutes, double? inBedMinutes = null, double? deepMinutes = null, double? remMinutes = null)
    {
        if (asleepMinutes is <= 0 or > 1440 || inBedMinutes < asleepMinutes || deepMinutes < 0 || remMinutes < 0
            || (deepMinutes ?? 0) + (remMinutes ?? 0) > asleepMinutes)
        {
            return null;
        }

        var notes = new List<string>();
        var hours = asleepMinutes / 60;
        var duration = SleepDuration.Score(hours);
        if (hours < 7)
        {
            notes.Add($"{hours:0.0} h is short of the 7–9 h adults need");
        }

        double? efficiency = inBedMinutes is { } bed ? Math.Clamp((asleepMinutes / bed - 0.65) / 0.20, 0, 1) * 100 : null;
        if (inBedMinutes is { } b2 && asleepMinutes / b2 < 0.85)
        {
            notes.Add($"efficiency {asleepMinutes / b2:P0} is below 85 %");
        }

        double? deep = deepMinutes is { } d ? Band(d / asleepMinutes, 0.13, 0.23) : null;
        double? rem = remMinutes is { } r ? Band(r / asleepMinutes, 0.20, 0.25) : null;
        var parts = new[] { (double?)duration, efficiency, deep, rem }.Where(p => p is not null).Select(p => p!.Value).ToList();
        return new SleepAssessment(Math.Round(parts.Average(), 1), Math.Round(duration, 1), Round(efficiency), Round(deep), Round(rem), notes);
    }

    private static double Band(double share, double low, double high) => share switch
    {
        _ when share >= low && share <= high => 100,
        _ when share < low => Math.Max(0, (share - (low / 2)) / (low / 2) * 100),
        _ => Math.Max(0, ((2 * high) - share) / high * 100),
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
