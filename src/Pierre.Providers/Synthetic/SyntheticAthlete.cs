using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// A deterministic demo athlete per user: the same user id always yields the same person and the same two years of
/// running, cycling and swimming, so tests and newcomers get realistic data with no network and no account.
/// </summary>
public static class SyntheticAthlete
{
    public const string ProviderName = "synthetic";
    public const int HistoryDays = 730;

    private static readonly string[] FirstNames = ["Alex", "Sam", "Jordan", "Robin", "Camille", "Noa", "Maxime", "Kai"];
    private static readonly string[] LastNames = ["Martin", "Rivera", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva"];

    public static Athlete Profile(Guid userId)
    {
        var random = SeededRandom.For(userId, salt: 0);
        var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
        var age = 28 + random.Next(20);
        var maxHr = (int)Math.Round(208 - (0.7 * age));
        return new Athlete(
            $"synthetic-{userId:N}"[..22],
            FirstNames[random.Next(FirstNames.Length)],
            LastNames[random.Next(LastNames.Length)],
            sex,
            age,
            Math.Round((sex == Sex.Female ? 56 : 68) + (random.NextDouble() * 12), 1),
            46 + random.Next(12),
            maxHr,
            Math.Round((sex == Sex.Female ? 190 : 235) + (random.NextDouble() * 60)),
            Math.Round(225 + (random.NextDouble() * 60)));
    }

    /// <summary>Every activity of the <see cref="HistoryDays"/> days up to <paramref name="today"/>, newest first.</summary>
    public static IReadOnlyList<Activity> Activities(Guid userId, DateOnly today)
    {
        var athlete = Profile(userId);
        var plan = new TrainingPlan(userId, today.AddDays(-HistoryDays + 1));
        var activities = new List<Activity>(HistoryDays);
        for (var date = today; date > today.AddDays(-HistoryDays); date = date.AddDays(-1))
        {
            if (plan.SessionOn(date) is { } session)
            {
                activities.Add(SessionMaker.Make(athlete, session, SeededRandom.For(userId, date.DayNumber)));
            }
        }

        return activities;
    }

    /// <summary>The 1 Hz streams of one of <paramref name="userId"/>'s synthetic activities, or null when there is no such activity.</summary>
    public static ActivityStreams? Streams(Guid userId, string activityId, DateOnly today)
    {
        var activity = Activities(userId, today).FirstOrDefault(a => a.Id == activityId);
        return activity is null ? null : Streams(userId, activity);
    }

    /// <summary>The 1 Hz streams of an activity already read from <see cref="Activities"/>, without generating the history again.</summary>
    public static ActivityStreams Streams(Guid userId, Activity activity) =>
        StreamMaker.Make(activity, SeededRandom.For(userId, DateOnly.FromDateTime(activity.StartTime.UtcDateTime).DayNumber ^ 0x3C3C));
}
