namespace Pierre.Fitness.Recovery;

/// <summary>
/// HRV-guided monitoring after Plews et al. (Eur J Appl Physiol 2012; Sports Med 2013): the natural log of each
/// morning's rMSSD, its 7-day rolling mean, and whether that mean sits outside the baseline mean ± the smallest
/// worthwhile change, SWC = 0.5 × SD of daily ln rMSSD. The baseline here is every morning given (our choice; the
/// papers' own baseline periods were not checked against their text), so the series must be long enough for the last
/// 7 days to differ from it: 14 mornings at least.
/// </summary>
public static class HrvTrend
{
    public const int RollingDays = 7;
    public const int MinimumMornings = 2 * RollingDays;
    public const double SwcFactor = 0.5;
    public const string Method =
        "ln rMSSD 7-day rolling mean against the baseline mean ± SWC (0.5 × SD of daily ln rMSSD over every morning given), Plews et al. 2012, 2013";

    /// <summary>
    /// ln rMSSD rolling mean = mean(ln x) over the last 7 mornings; baseline = mean(ln x) over all; SWC = 0.5 × sample SD
    /// of ln x over all. Null when fewer than <see cref="MinimumMornings"/> values, or any is not a positive finite number.
    /// </summary>
    public static HrvTrendResult? Assess(IReadOnlyList<double> rmssdMsOldestFirst)
    {
        if (rmssdMsOldestFirst.Count < MinimumMornings || rmssdMsOldestFirst.Any(v => !double.IsFinite(v) || v <= 0))
        {
            return null;
        }

        var logs = rmssdMsOldestFirst.Select(v => Math.Log(v)).ToList();
        var baseline = logs.Average();
        var sd = Math.Sqrt(logs.Sum(x => (x - baseline) * (x - baseline)) / (logs.Count - 1));
        var swc = SwcFactor * sd;
        var rolling = logs.Skip(logs.Count - RollingDays).Average();
        var status = rolling < baseline - swc ? HrvStatus.BelowNormal : rolling > baseline + swc ? HrvStatus.AboveNormal : HrvStatus.WithinNormal;
        return new HrvTrendResult(rolling, baseline, swc, logs.Count, status);
    }
}
