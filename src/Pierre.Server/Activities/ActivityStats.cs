using Pierre.Fitness.Model;

namespace Pierre.Server.Activities;

/// <summary>Totals per sport over the last 4 weeks, the year to date and all recorded history.</summary>
internal sealed record ActivityStats(string Provider, IReadOnlyList<SportTotals> RecentFourWeeks, IReadOnlyList<SportTotals> YearToDate, IReadOnlyList<SportTotals> AllTime);
