namespace Pierre.Server.Analysis;

/// <summary>A least-squares trend of one metric (pace, power, heart_rate) of one sport (run, ride, swim) over recent weeks.</summary>
internal sealed record TrendRequest(string Sport, string Metric, int Weeks, string? Provider)
{
    public const int DefaultWeeks = 12;
    public const int MinWeeks = 4;
    public const int MaxWeeks = 104;
}
