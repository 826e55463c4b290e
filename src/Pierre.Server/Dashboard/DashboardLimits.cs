namespace Pierre.Server.Dashboard;

/// <summary>How many usage rows one stats answer reads at most: the percentiles are computed in memory over them.</summary>
internal sealed class DashboardLimits
{
    public int MaxStatsRows { get; init; } = 100_000;
}
