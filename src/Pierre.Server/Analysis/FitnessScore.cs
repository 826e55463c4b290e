namespace Pierre.Server.Analysis;

/// <summary>A 0–100 score from chronic training load (CTL), an invented label rather than a measured fitness, its level, and the trend against 4 weeks ago.</summary>
internal sealed record FitnessScore(string Provider, int Score, string Level, double Ctl, double CtlFourWeeksAgo, string Trend)
{
    public const string Method =
        "heuristic: score = CTL (42-day EWMA of daily stress, Coggan/Banister) capped at 0–100; levels at CTL 20/40/70/100 and the ±3 CTL 4-week trend are our conventions, not a validated fitness test";
}
