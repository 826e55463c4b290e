namespace Pierre.Fitness.Recovery;

/// <summary>A 0–100 readiness score and the parts it was built from (null for a part with no data).</summary>
public sealed record Readiness(double Score, double FormPart, double? SleepPart, double? HrvPart);

/// <summary>
/// Readiness: an invented composite, not a validated score. Training form, sleep and HRV are each scaled to 0–100 and
/// averaged with weights 2 : 1 : 1 over the parts available. Form: TSB −30 → 0 … +15 → 100 (spanning Coggan's
/// performance-manager bands). Sleep: <see cref="SleepDuration"/>, the same duration part as the sleep score. HRV:
/// either the Plews 7-day ln rMSSD trend (<see cref="HrvTrendResult.ReadinessPart"/>), or one morning's rMSSD against a
/// baseline, 0.8× → 0 … 1.1× → 100 (a single reading is noisy; Plews et al. 2013 advise the rolling mean).
/// </summary>
public static class RecoveryScore
{
    public const string Method =
        "heuristic: weighted mean 2:1:1 of form (TSB −30 → 0 … +15 → 100), sleep duration (7–9 h = 100, 0 at 4 h and 12 h) and HRV, over the parts known; an invented composite, not a validated score";

    public const string SingleHrvMethod = "heuristic: one morning's rMSSD against the given baseline, 0.8× → 0 … 1.1× → 100 (a single reading; Plews et al. 2013 advise a 7-day ln rMSSD mean)";

    /// <summary>Readiness from form, hours asleep and one morning's rMSSD against its baseline (ms).</summary>
    public static Readiness Compute(double tsb, double? sleepHours = null, double? hrvMs = null, double? baselineHrvMs = null) =>
        Combine(tsb, sleepHours, hrvMs is { } v && baselineHrvMs is { } b && v > 0 && b > 0 ? Scale(v / b, 0.8, 1.1) : null);

    /// <summary>Readiness from form, hours asleep and the Plews 7-day ln rMSSD trend.</summary>
    public static Readiness Compute(double tsb, double? sleepHours, HrvTrendResult hrvTrend) => Combine(tsb, sleepHours, hrvTrend.ReadinessPart);

    private static Readiness Combine(double tsb, double? sleepHours, double? hrv)
    {
        var form = Scale(tsb, -30, 15);
        double? sleep = sleepHours is { } h && h >= 0 && h <= 24 ? SleepDuration.Score(h) : null;
        double weighted = 2 * form, weights = 2;
        if (sleep is { } s)
        {
            weighted += s;
            weights += 1;
        }

        if (hrv is { } r)
        {
            weighted += r;
            weights += 1;
        }

        return new Readiness(Math.Round(weighted / weights, 1), Math.Round(form, 1), Round(sleep), Round(hrv));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;

    private static double Scale(double value, double zeroAt, double hundredAt) =>
        double.IsFinite(value) ? Math.Clamp((value - zeroAt) / (hundredAt - zeroAt), 0, 1) * 100 : 0;
}
