namespace Pierre.Fitness.Nutrition;

public enum TrainingGoal
{
    Maintenance = 0,
    Endurance,
    WeightLoss,
    MuscleGain,
}
