using Pierre.Fitness.Model;

namespace Pierre.Fitness.Goals;

/// <summary>
/// A goal as the analyses read it. <see cref="TargetValue"/> is in <see cref="Unit"/>: km, hours, sessions a week, or
/// the finish time in seconds over <see cref="RaceDistanceMeters"/>. <see cref="Sport"/> null counts every sport.
/// </summary>
public sealed record GoalSpec(GoalKind Kind, Sport? Sport, double TargetValue, DateOnly StartDate, DateOnly TargetDate, double? RaceDistanceMeters = null)
{
    /// <summary>How far ahead a target date may be: about two years.</summary>
    public const int MaxDaysAhead = 731;

    /// <summary>Calendar days from the start date to the target date, both included.</summary>
    public int SpanDays => TargetDate.DayNumber - StartDate.DayNumber + 1;

    /// <summary>Whole weeks in the span: what a frequency goal must sustain.</summary>
    public int Weeks => SpanDays / 7;

    public string Unit => Kind switch
    {
        GoalKind.Distance => "km",
        GoalKind.Time => "h",
        GoalKind.Frequency => "sessions/week",
        _ => "s",
    };

    /// <summary>Whether <paramref name="activity"/> counts towards the goal (race goals count runs).</summary>
    public bool Counts(Activity activity) =>
        Kind == GoalKind.Race ? activity.Sport == Model.Sport.Run : Sport is null || activity.Sport == Sport;
}
