using Pierre.Fitness.Goals;
using Pierre.Fitness.Performance;
using Pierre.Server.Errors;

namespace Pierre.Server.Goals;

/// <summary>What makes a goal one that can be set today: its dates, a week at least for a frequency, a race time the VDOT model covers.</summary>
internal static class GoalRules
{
    private const int MaxDaysBack = 365;

    /// <summary>Why <paramref name="goal"/> cannot be set on <paramref name="today"/>, or null when it can.</summary>
    public static Refusal? Check(GoalSpec goal, DateOnly today)
    {
        if (goal.StartDate > today || goal.StartDate < today.AddDays(-MaxDaysBack))
        {
            return Refusal.Invalid($"argument 'start_date' must be today or up to {MaxDaysBack} days back");
        }

        if (goal.TargetDate <= today || goal.TargetDate > today.AddDays(GoalSpec.MaxDaysAhead))
        {
            return Refusal.Invalid(
                $"argument 'target_date' must be after today ({IsoDates.Of(today)}) and at most two years ahead ({IsoDates.Of(today.AddDays(GoalSpec.MaxDaysAhead))})");
        }

        if (goal.Kind == GoalKind.Frequency && goal.Weeks < 1)
        {
            return Refusal.Invalid("argument 'target_date' must be at least a week after start_date for a frequency goal");
        }

        return goal.RaceDistanceMeters is { } meters && Vdot.FromRace(meters, goal.TargetValue) is not (>= 20 and <= 85)
            ? Refusal.Invalid("argument 'target_time_s' is outside what the VDOT model covers for that distance (VDOT 20–85)")
            : null;
    }
}
