using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

/// <summary>Small hand-made athletes, activities and streams for the analysis tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Rest 60, max 190 (reserve 130), FTP 250 W, LTHR 0.9 × 190 = 171.</summary>
    public static Athlete Ann { get; } = new("a1", "Ann", "Lee", Sex.Female, 40, 60, 60, 190, 250, 240);

    /// <summary>Ann with no threshold set in any sport: sessions score from heart rate or duration.</summary>
    public static Athlete AnnWithoutThresholds { get; } = Ann with { Thresholds = SportThresholds.None };

    public static Activity Activity(
        string id, Sport sport = Sport.Run, double daysAgo = 1, double seconds = 3000, double meters = 10_000, double? hr = 150, double? watts = null) =>
        new(id, id, sport, Now.AddDays(-daysAgo), seconds, meters, 0, hr, watts);

    /// <summary>Streams of <paramref name="seconds"/> samples at a constant speed, heart rate and power.</summary>
    public static ActivityStreams Steady(int seconds, double speed, double? hr, double? watts = null) => new(
        "s1",
        [.. Enumerable.Range(0, seconds)],
        [.. Enumerable.Range(0, seconds).Select(t => speed * t)],
        [.. Enumerable.Repeat(speed, seconds)],
        new double[seconds],
        hr is { } h ? [.. Enumerable.Repeat(h, seconds)] : null,
        watts is { } w ? [.. Enumerable.Repeat(w, seconds)] : null);
}
