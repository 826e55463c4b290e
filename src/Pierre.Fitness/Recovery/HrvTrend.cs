namespace Pierre.Fitness.Recovery;

/// <summary>
/// HRV-guided monitoring after Plews et al. (Eur J Appl Physiol 2012; Sports Med 2013): the natural log of each
/// morning's rMSSD, its 7-day rolling mean, and the smallest worthwhile change, SWC = 0.5 × SD of daily ln rMSSD.
/// With 14 mornings or more the rolling mean is judged against the baseline, the mean of every morning given (our
/// choice; the papers' own baseline periods were not checked against their text). With 7 to 13 mornings there is no
/// baseline apart from the week itself, so today's ln rMSSD is judged against the 7-day rolling mean ± SWC of that
/// week, the daily decision rule of HRV-guided training (Kiviniemi et al. 2007 used a rolling mean ± SD).
/// </summary>
public static class HrvTrend
{
    public const int RollingDays = 7;
    public const int MinimumMornings = RollingDays;
    public const int BaselineMornings = 2 * RollingDays;
    public const double SwcFactor = 0.5;

    /// <summary>
    /// ln rMSSD rolling mean = mean(ln x) over the last 7 mornings; SWC = 0.5 × sample SD of ln x over the mornings the
    /// reference spans (all of them with a baseline, else the last 7). Null when fewer than <see cref="MinimumMornings"/>
    /// values, or any is not a positive finite number.
    /// </summary>
    public static HrvTrendResult? Assess(IReadOnlyList<double> rmssdMsOldestFirst)
    {
        if (rmssdMsOldestFirst.Count < MinimumMornings || rmssdMsOldestFirst.Any(v => !double.IsFinite(v) || v <= 0))
        {
            return null;
        }

        var logs = rmssdMsOldestFirst.Select(v => Math.Log(v)).ToList();
        var week = logs.Skip(logs.Count - RollingDays).ToList();
        var rolling = week.Average();
        var withBaseline = logs.Count >= BaselineMornings;
        var spanned = withBaseline ? logs : week;
        var mean = spanned.Average();
        var swc = SwcFactor * Math.Sqrt(spanned.Sum(x => (x - mean) * (x - mean)) / (spanned.Count - 1));
        var (judged, reference) = withBaseline ? (rolling, mean) : (logs[^1], rolling);
        var status = judged < reference - swc ? HrvStatus.BelowNormal : judged > reference + swc ? HrvStatus.AboveNormal : HrvStatus.WithinNormal;
        return new HrvTrendResult(logs[^1], rolling, withBaseline ? mean : null, swc, logs.Count, status);
    }
}
