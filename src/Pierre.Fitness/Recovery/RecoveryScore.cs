namespace Pierre.Fitness.Recovery;

/// <summary>A 0–100 readiness score and the parts it was built from (null for a part with no data).</summary>
public sealed record Readiness(double Score, double FormPart, double? SleepPart, double? HrvPart);

/// <summary>
/// Readiness from training form, sleep and HRV, each scaled to 0–100 and averaged with weights 2 : 1 : 1 over the parts
/// available. Form: TSB −30 → 0 … +15 → 100 (Coggan's performance-manager bands). Sleep: hours / 8, the middle of the
/// 7–9 h adult consensus (Watson et al. 2015). HRV: today's rMSSD against the athlete's baseline, 0.8× → 0 … 1.1× → 100
/// (Plews et al. 2013 treat drops below the baseline band as a recovery warning).
/// </summary>
public static class RecoveryScore
{
    public static Readiness Compute(double tsb, double? sleepHours = null, double? hrvMs = null, double? baselineHrvMs = null)
    {
        var form = Scale(tsb, -30, 15);
        double? sleep = sleepHours is { } h && h >= 0 && h <= 24 ? Math.Clamp(h / 8, 0, 1) * 100 : null;
        double? hrv = hrvMs is { } v && baselineHrvMs is { } b && v > 0 && b > 0 ? Scale(v / b, 0.8, 1.1) : null;
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

        return new Readiness(Math.Round(weighted / weights, 1), Math.Round(form, 1), sleep is null ? null : Math.Round(sleep.Value, 1), hrv is null ? null : Math.Round(hrv.Value, 1));
    }

    private static double Scale(double value, double zeroAt, double hundredAt) =>
        double.IsFinite(value) ? Math.Clamp((value - zeroAt) / (hundredAt - zeroAt), 0, 1) * 100 : 0;
}
