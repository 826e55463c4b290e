namespace Pierre.Server.Analysis;

/// <summary>Whether today should be a rest day, the reasons (none when training is fine), the numbers behind them, and where the sleep came from.</summary>
internal sealed record RestDayAdvice(
    string Provider, IReadOnlyList<string> Reasons, double Tsb, double? Acwr, double Readiness, int ConsecutiveTrainingDays, string? SleepSource)
{
    public bool RestRecommended => Reasons.Count > 0;
}
