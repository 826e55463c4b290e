namespace Pierre.Fitness.Goals;

/// <summary>What a goal counts: distance (km), training time (h), sessions a week sustained, or a race finish time (s).</summary>
public enum GoalKind
{
    Distance,
    Time,
    Frequency,
    Race,
}
