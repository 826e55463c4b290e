using Pierre.Fitness.Model;
using Pierre.Providers.Synthetic;

namespace Pierre.Providers.Tests.Synthetic;

/// <summary>The users, clock and measures the synthetic-athlete tests share.</summary>
internal static class SyntheticScience
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    public static readonly Guid[] Users = [.. Enumerable.Range(1, 5).Select(i => Guid.Parse($"0190f6a1-0000-7000-8000-0000000000{i:x2}"))];

    /// <summary>The activities of the last 90 days (fitness within 1 % of today's, so today's thresholds apply) with their athlete.</summary>
    public static IEnumerable<(Guid User, SyntheticPhysiology Athlete, Activity Activity)> Recent(string name) =>
        Users.SelectMany(user => SyntheticAthlete.Activities(user, Now)
            .Where(a => a.Name == name && a.StartTime > Now.AddDays(-90))
            .Select(a => (user, SyntheticPhysiology.Of(user), a)));

    /// <summary>The segments the activity was built from, drawn again as the streams draw them.</summary>
    public static IReadOnlyList<Segment> SegmentsOf(Guid user, Activity activity)
    {
        var day = DateOnly.FromDateTime(activity.StartTime.UtcDateTime);
        return Workouts.Design(Workouts.KindOf(activity.Name)!.Value, SyntheticPhysiology.Of(user), SeededRandom.For(user, day.DayNumber), day)
            .Over(activity.DurationSeconds);
    }

    /// <summary>
    /// Pa:HR (or Pw:HR) decoupling over the whole session as Friel defines it: EF = mean output / mean heart rate in
    /// each half by time, decoupling = (EF₁ − EF₂) / EF₁ × 100.
    /// </summary>
    public static double DecouplingPercent(double[] output, double[] heartRate)
    {
        var half = output.Length / 2;
        var first = output[..half].Average() / heartRate[..half].Average();
        var second = output[half..].Average() / heartRate[half..].Average();
        return (first - second) / first * 100;
    }
}
