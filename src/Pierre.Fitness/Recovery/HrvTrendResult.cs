namespace Pierre.Fitness.Recovery;

/// <summary>
/// The 7-day rolling mean of ln rMSSD, the baseline mean and the smallest worthwhile change it is judged against (all
/// in ln ms), the number of mornings the baseline spans, and the verdict.
/// </summary>
public sealed record HrvTrendResult(double RollingMeanLn, double BaselineMeanLn, double SmallestWorthwhileChangeLn, int Mornings, HrvStatus Status)
{
    /// <summary>The HRV part of readiness (heuristic): 100 at or above baseline − SWC, falling linearly to 0 at baseline − 3 × SWC.</summary>
    public double ReadinessPart
    {
        get
        {
            var shortfall = BaselineMeanLn - SmallestWorthwhileChangeLn - RollingMeanLn;
            if (shortfall <= 0)
            {
                return 100;
            }

            return SmallestWorthwhileChangeLn > 0 ? Math.Max(0, 1 - (shortfall / (2 * SmallestWorthwhileChangeLn))) * 100 : 0;
        }
    }
}
