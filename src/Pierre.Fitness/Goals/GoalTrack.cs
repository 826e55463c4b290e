namespace Pierre.Fitness.Goals;

/// <summary>Where a goal stands against its linear path from start to target date.</summary>
public enum GoalPace
{
    Achieved,
    Ahead,
    OnTrack,
    Behind,
    Missed,
    NoData,
}

/// <summary>A share of the goal (25, 50, 75, 100 %), the value that marks it, and the day it was first reached.</summary>
public sealed record Milestone(int Percent, double Value, DateOnly? ReachedOn);

/// <summary>
/// A goal's progress in its value units (km, h, weeks on target, or VDOT for races). <see cref="Baseline"/> is the value
/// the day before the start, <see cref="Expected"/> the value a straight line from baseline to target gives for the last
/// day counted, and <see cref="Projected"/> the value on the target date if the last 28 days' rate continues.
/// </summary>
public sealed record GoalTrack(
    double? Baseline,
    double Target,
    double? Current,
    double Percent,
    double? Expected,
    double? RatePerWeek,
    double? Projected,
    IReadOnlyList<Milestone> Milestones,
    GoalPace Pace,
    DateOnly? AchievedOn,
    int DaysElapsed,
    int DaysLeft);
