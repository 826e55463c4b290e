namespace Pierre.Fitness.Nutrition;

public enum TrainingGoal
{
    Maintenance = 0,
    Endurance,
    WeightLoss,
    MuscleGain,
}

/// <summary>A daily range in grams.</summary>
public sealed record GramRange(double Low, double High);

/// <summary>Daily energy and macronutrient ranges for a training goal.</summary>
public sealed record DailyNutrition(double EnergyKcal, GramRange CarbohydrateG, GramRange ProteinG, GramRange FatG);

/// <summary>
/// Macronutrient ranges per kg of body mass from the ACSM/Academy/Dietitians of Canada joint position (Thomas et al.
/// 2016) and the ISSN protein stand (Jäger et al. 2017): carbohydrate 3–5 g/kg (maintenance), 6–10 (endurance),
/// protein 1.2–2.0 g/kg (1.6–2.2 for muscle gain, 1.8–2.4 when losing weight), fat 20–35 % of energy. Energy is
/// adjusted −15 % for weight loss and +10 % for muscle gain.
/// </summary>
public static class MacroTargets
{
    public static DailyNutrition? For(double dailyKcal, double weightKg, TrainingGoal goal)
    {
        if (dailyKcal is < 800 or > 10_000 || weightKg is < 25 or > 300)
        {
            return null;
        }

        var (energyFactor, carbs, protein) = goal switch
        {
            TrainingGoal.Endurance => (1.0, (6.0, 10.0), (1.2, 2.0)),
            TrainingGoal.WeightLoss => (0.85, (3.0, 5.0), (1.8, 2.4)),
            TrainingGoal.MuscleGain => (1.10, (4.0, 7.0), (1.6, 2.2)),
            _ => (1.0, (3.0, 5.0), (1.2, 2.0)),
        };
        var energy = Math.Round(dailyKcal * energyFactor);
        return new DailyNutrition(
            energy,
            new GramRange(Math.Round(carbs.Item1 * weightKg), Math.Round(carbs.Item2 * weightKg)),
            new GramRange(Math.Round(protein.Item1 * weightKg), Math.Round(protein.Item2 * weightKg)),
            new GramRange(Math.Round(energy * 0.20 / 9), Math.Round(energy * 0.35 / 9)));
    }
}
