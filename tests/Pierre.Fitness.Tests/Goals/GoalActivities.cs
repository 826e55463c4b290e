using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Goals;

/// <summary>Hand-made activities for the goal tests: one a day at 07:00 UTC.</summary>
internal static class GoalActivities
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static Activity On(DateOnly date, Sport sport, double km, double minutes) =>
        new($"a-{date:yyyyMMdd}-{sport}", sport.ToString(), sport, new DateTimeOffset(date.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), minutes * 60, km * 1000);

    /// <summary>One activity on each of the <paramref name="days"/> days ending today.</summary>
    public static List<Activity> Daily(int days, Sport sport, double km, double minutes) =>
        [.. Enumerable.Range(0, days).Select(i => On(Today.AddDays(-i), sport, km, minutes))];
}
