using Pierre.Fitness.Nutrition;

namespace Pierre.Server.Analysis;

/// <summary>Resting energy (Mifflin–St Jeor), and the day's energy and macro ranges for the goal.</summary>
internal sealed record NutritionPlan(double RestingKcal, string Goal, DailyNutrition Daily);
