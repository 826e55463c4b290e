using Pierre.Fitness.Nutrition;

namespace Pierre.Server.Analysis;

/// <summary>Resting energy (Mifflin–St Jeor), the activity factor and body mass applied, and the day's energy and macro ranges for the goal.</summary>
internal sealed record NutritionPlan(double RestingKcal, string Goal, double ActivityFactor, double WeightKg, DailyNutrition Daily);
