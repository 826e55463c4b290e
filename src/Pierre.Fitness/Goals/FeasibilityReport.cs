namespace Pierre.Fitness.Goals;

public enum FeasibilityVerdict
{
    Feasible,
    Challenging,
    Unrealistic,
}

/// <summary>
/// The verdict on a goal and the numbers behind it, in the goal's terms: km or h for distance and time goals, sessions
/// a week for frequency goals, VDOT points for races. <see cref="Needed"/> is what the goal still asks for; the two
/// "reachable" values are what the athlete gets to by the target date at the current rate and at the profile's capped maximum.
/// </summary>
public sealed record FeasibilityReport(
    FeasibilityVerdict Verdict,
    int Confidence,
    double WeeksLeft,
    double Needed,
    double ReachableAtCurrentRate,
    double ReachableAtSafeRate,
    double? CurrentRatePerWeek,
    double? RequiredRatePerWeek,
    double? RequiredWeeklyIncrease,
    double? SafeWeeklyIncrease,
    double? CurrentVdot,
    double? TargetVdot,
    double? AlternativeTarget,
    DateOnly? AlternativeDate,
    string Basis);
