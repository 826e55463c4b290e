using Pierre.Fitness.Model;

namespace Pierre.Server.Analysis;

/// <summary>
/// Daily energy and macros for a training goal (maintenance, endurance, weight_loss, muscle_gain). Body values left
/// null come from the user's configuration and connected athlete.
/// </summary>
internal sealed record NutritionRequest(double? WeightKg, double? HeightCm, int? AgeYears, Sex? Sex, double? ActivityFactor, string? Goal)
{
    public const double DefaultActivityFactor = 1.55;
    public const string DefaultGoal = "maintenance";
}
