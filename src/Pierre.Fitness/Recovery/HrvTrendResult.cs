namespace Pierre.Fitness.Recovery;

/// <summary>
/// Today's ln rMSSD, the 7-day rolling mean, the baseline mean (null with fewer than 14 mornings), the smallest
/// worthwhile change (all in ln ms), the number of mornings given, and the verdict on <see cref="JudgedLn"/> against
/// <see cref="ReferenceLn"/> ± SWC.
/// </summary>
public sealed record HrvTrendResult(double TodayLn, double RollingMeanLn, double? BaselineMeanLn, double SmallestWorthwhileChangeLn, int Mornings, HrvStatus Status)
{
    /// <summary>The rolling mean against a baseline; without one, today's value against the rolling mean.</summary>
    public double JudgedLn => BaselineMeanLn is null ? TodayLn : RollingMeanLn;

    public double ReferenceLn => BaselineMeanLn ?? RollingMeanLn;

    public string Method => BaselineMeanLn is null
        ? "today's ln rMSSD against the 7-day rolling mean ± SWC (0.5 × SD of that week's ln rMSSD), Plews et al. 2012, 2013; 14 mornings or more judge the rolling mean against a baseline instead"
        : "ln rMSSD 7-day rolling mean against the baseline mean ± SWC (0.5 × SD of daily ln rMSSD over every morning given), Plews et al. 2012, 2013";

    /// <summary>The HRV part of readiness (heuristic): 100 at or above reference − SWC, falling linearly to 0 at reference − 3 × SWC.</summary>
    public double ReadinessPart
    {
        get
        {
            var shortfall = ReferenceLn - SmallestWorthwhileChangeLn - JudgedLn;
            if (shortfall <= 0)
            {
                return 100;
            }

            return SmallestWorthwhileChangeLn > 0 ? Math.Max(0, 1 - (shortfall / (2 * SmallestWorthwhileChangeLn))) * 100 : 0;
        }
    }
}
