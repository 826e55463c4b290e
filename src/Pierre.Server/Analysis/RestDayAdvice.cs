namespace Pierre.Server.Analysis;

/// <summary>Whether today should be a rest day, the reasons (none when training is fine), the numbers behind them, where the sleep came from, and how HRV was judged.</summary>
internal sealed record RestDayAdvice(
    string Provider, IReadOnlyList<string> Reasons, double Tsb, double? Acwr, double Readiness, int ConsecutiveTrainingDays, string? SleepSource, HrvReading Hrv)
{
    public bool RestRecommended => Reasons.Count > 0;
}
