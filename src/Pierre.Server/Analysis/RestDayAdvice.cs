namespace Pierre.Server.Analysis;

/// <summary>Whether today should be a rest day, the reasons (none when training is fine), and the numbers behind them.</summary>
internal sealed record RestDayAdvice(string Provider, IReadOnlyList<string> Reasons, double Tsb, double? Acwr, double Readiness, int ConsecutiveTrainingDays)
{
    public bool RestRecommended => Reasons.Count > 0;
}
