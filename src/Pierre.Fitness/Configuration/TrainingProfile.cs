namespace Pierre.Fitness.Configuration;

/// <summary>
/// How cautiously the analyses treat an athlete: how fast weekly volume may grow, how much of the training should be
/// hard, how many rest days a week, and how steeply race times slow with distance (Riegel's exponent).
/// </summary>
public sealed record TrainingProfile(
    string Name,
    string Description,
    double MaxWeeklyVolumeIncrease,
    double HardSessionShare,
    int MinRestDaysPerWeek,
    double RiegelExponent);
