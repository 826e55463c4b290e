using Pierre.Fitness.Model;

namespace Pierre.Fitness.Goals;

/// <summary>What the athlete has been doing lately: weekly averages over the 28 days ending today.</summary>
public sealed record RecentTraining(double KilometersPerWeek, double HoursPerWeek, double SessionsPerWeek)
{
    public const int Days = 28;

    /// <summary>Σ distance (km), Σ duration (h) and the count of activities dated today − 27 … today, each ÷ 4 weeks.</summary>
    public static RecentTraining Of(IEnumerable<Activity> activities, DateOnly today)
    {
        var from = today.AddDays(-(Days - 1));
        var recent = activities.Where(a => GoalSeries.DateOf(a) >= from && GoalSeries.DateOf(a) <= today).ToList();
        const double weeks = Days / 7.0;
        return new RecentTraining(
            recent.Sum(a => a.DistanceMeters) / 1000 / weeks,
            recent.Sum(a => a.DurationSeconds) / 3600 / weeks,
            recent.Count / weeks);
    }
}
