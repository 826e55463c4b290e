using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// A deterministic demo athlete per user: the same user id always yields the same person and the same two years of
/// running, cycling and swimming, so tests and newcomers get realistic data with no network and no account. Every
/// session is built from the athlete's thresholds and its intent (<see cref="Workouts"/>), and nothing is recorded
/// that has not finished by the clock's now.
/// </summary>
public static class SyntheticAthlete
{
    public const string ProviderName = "synthetic";
    public const int HistoryDays = 730;

    internal static readonly string[] FirstNames = ["Alex", "Sam", "Jordan", "Robin", "Camille", "Noa", "Maxime", "Kai"];
    internal static readonly string[] LastNames = ["Martin", "Rivera", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva"];

    public static Athlete Profile(Guid userId) => SyntheticPhysiology.Of(userId).Athlete;

    /// <summary>Every activity of the <see cref="HistoryDays"/> days up to <paramref name="now"/> that has ended by then, newest first.</summary>
    public static IReadOnlyList<Activity> Activities(Guid userId, DateTimeOffset now)
    {
        var physiology = SyntheticPhysiology.Of(userId);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var plan = new TrainingPlan(userId, today.AddDays(-HistoryDays + 1));
        var activities = new List<Activity>(HistoryDays);
        for (var date = today; date > today.AddDays(-HistoryDays); date = date.AddDays(-1))
        {
            if (plan.SessionOn(date) is { } session
                && SessionMaker.Make(physiology, session, SeededRandom.For(userId, date.DayNumber)) is var activity
                && activity.StartTime.AddSeconds(activity.ElapsedSeconds ?? activity.DurationSeconds) <= now)
            {
                activities.Add(activity);
            }
        }

        return activities;
    }

    /// <summary>The 1 Hz streams of one of <paramref name="userId"/>'s synthetic activities, or null when there is no such activity.</summary>
    public static ActivityStreams? Streams(Guid userId, string activityId, DateTimeOffset now)
    {
        var activity = Activities(userId, now).FirstOrDefault(a => a.Id == activityId);
        return activity is null ? null : Streams(userId, activity);
    }

    /// <summary>
    /// The 1 Hz streams of an activity already read from <see cref="Activities"/>, without generating the history again:
    /// the day's random draws its recipe again, as <see cref="SessionMaker"/> did.
    /// </summary>
    public static ActivityStreams Streams(Guid userId, Activity activity)
    {
        var physiology = SyntheticPhysiology.Of(userId);
        var day = DateOnly.FromDateTime(activity.StartTime.UtcDateTime);
        var kind = Workouts.KindOf(activity.Name) ?? SessionKind.EasyRun;
        var workout = Workouts.Design(kind, physiology, SeededRandom.For(userId, day.DayNumber), day);
        return StreamMaker.Make(physiology, activity, workout, SeededRandom.For(userId, day.DayNumber ^ 0x3C3C));
    }
}
