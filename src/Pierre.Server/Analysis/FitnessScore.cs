namespace Pierre.Server.Analysis;

/// <summary>A 0–100 score from chronic training load (CTL), its level, and the trend against 4 weeks ago.</summary>
internal sealed record FitnessScore(string Provider, int Score, string Level, double Ctl, double CtlFourWeeksAgo, string Trend);
