namespace Pierre.Fitness.Nutrition;

/// <summary>
/// Daily macronutrient ranges that add up to the energy target, after the ACSM/Academy of Nutrition and
/// Dietetics/Dietitians of Canada joint position (Thomas, Erdman &amp; Burke 2016): carbohydrate in g/kg by the day's
/// training load, protein 1.2–2.0 g/kg, fat 20–35 % of energy; and the ISSN position stands on protein (Jäger et al.
/// 2017: 1.4–2.0 g/kg to build and keep muscle) and on diets for body composition (Aragon et al. 2017).
/// </summary>
public static class MacroTargets
{
    public const string Method =
        "ranges from Thomas, Erdman & Burke 2016 (ACSM/AND/DC joint position: carbohydrate g/kg by daily training load, protein 1.2–2.0 g/kg, "
        + "fat 20–35 % of energy) and the ISSN stands (Jäger et al. 2017, protein 1.4–2.0 g/kg for muscle gain; Aragon et al. 2017, diets in an "
        + "energy deficit: protein at the top of the range, 1.6–2.0 g/kg), each narrowed to the amounts that fit the energy target with the "
        + "other two in range; targets: protein mid-range, fat mid-range (its floor for endurance), carbohydrate the rest; "
        + "4/4/9 kcal per g. Energy: Mifflin–St Jeor × activity factor, −15 % for weight loss, +10 % for muscle gain (a convention of this tool)";

    public const double FatLowShare = 0.20;
    public const double FatHighShare = 0.35;

    /// <summary>Thomas et al. (2016) training load read from the activity factor: 1.2–1.375 light, 1.55 moderate, 1.725 high, 1.9 very high (boundaries halfway between).</summary>
    public static DailyTrainingLoad LoadFromActivityFactor(double activityFactor) => activityFactor switch
    {
        < 1.4625 => DailyTrainingLoad.Light,
        < 1.6375 => DailyTrainingLoad.Moderate,
        < 1.8125 => DailyTrainingLoad.High,
        _ => DailyTrainingLoad.VeryHigh,
    };

    /// <summary>Carbohydrate g/kg/day by training load (Thomas et al. 2016, Table 2): 3–5, 5–7, 6–10, 8–12.</summary>
    public static (double Low, double High) CarbohydrateBand(DailyTrainingLoad load) => load switch
    {
        DailyTrainingLoad.Moderate => (5, 7),
        DailyTrainingLoad.High => (6, 10),
        DailyTrainingLoad.VeryHigh => (8, 12),
        _ => (3, 5),
    };

    /// <summary>Protein g/kg/day: 1.2–2.0 (Thomas et al. 2016); 1.4–2.0 to gain muscle (Jäger et al. 2017); 1.6–2.0, the top of both, in an energy deficit.</summary>
    public static (double Low, double High) ProteinBand(TrainingGoal goal) => goal switch
    {
        TrainingGoal.MuscleGain => (1.4, 2.0),
        TrainingGoal.WeightLoss => (1.6, 2.0),
        _ => (1.2, 2.0),
    };

    /// <summary>
    /// Energy = daily kcal × 0.85 (weight loss), × 1.10 (muscle gain) or × 1; ranges in grams that fit it. When the
    /// bands' floors already exceed the energy (or their ceilings fall short of it), protein and fat sit at their floors
    /// (ceilings), carbohydrate takes the rest and <see cref="DailyNutrition.WithinBands"/> is false. Null for
    /// implausible inputs (energy outside 800–10 000 kcal, body mass outside 25–300 kg).
    /// </summary>
    public static DailyNutrition? For(double dailyKcal, double weightKg, TrainingGoal goal, DailyTrainingLoad load)
    {
        if (dailyKcal is < 800 or > 10_000 || weightKg is < 25 or > 300)
        {
            return null;
        }

        var energy = Math.Round(dailyKcal * goal switch { TrainingGoal.WeightLoss => 0.85, TrainingGoal.MuscleGain => 1.10, _ => 1.0 });
        var carbBand = CarbohydrateBand(load);
        var proteinBand = ProteinBand(goal);
        var carb = (Low: 4 * carbBand.Low * weightKg, High: 4 * carbBand.High * weightKg);
        var protein = (Low: 4 * proteinBand.Low * weightKg, High: 4 * proteinBand.High * weightKg);
        var fat = (Low: FatLowShare * energy, High: FatHighShare * energy);
        var fits = carb.Low + protein.Low + fat.Low <= energy && energy <= carb.High + protein.High + fat.High;
        (double Low, double High, double Target) p, f;
        var c = (Low: 0.0, High: 0.0);
        if (fits)
        {
            p = Narrow(protein, energy - carb.High - fat.High, energy - carb.Low - fat.Low);
            f = Narrow(fat, energy - carb.High - protein.High, energy - carb.Low - protein.Low);
            c = (Math.Max(carb.Low, energy - protein.High - fat.High), Math.Min(carb.High, energy - protein.Low - fat.Low));
            var fatGivenProtein = (Low: Math.Max(f.Low, energy - p.Target - carb.High), High: Math.Min(f.High, energy - p.Target - carb.Low));
            var fatTarget = goal == TrainingGoal.Endurance ? fatGivenProtein.Low : (fatGivenProtein.Low + fatGivenProtein.High) / 2;
            f = (f.Low, f.High, fatTarget);
        }
        else
        {
            var floors = carb.Low + protein.Low + fat.Low > energy;
            var fatKcal = floors ? fat.Low : fat.High;
            var proteinKcal = Math.Min(floors ? protein.Low : protein.High, energy - fatKcal);
            p = (proteinKcal, proteinKcal, proteinKcal);
            f = (fatKcal, fatKcal, fatKcal);
        }

        var proteinG = Math.Round(p.Target / 4);
        var fatG = Math.Round(f.Target / 9);
        var rest = Math.Round((energy - (4 * proteinG) - (9 * fatG)) / 4);
        var carbRange = fits ? (Low: Math.Round(c.Low / 4), High: Math.Round(c.High / 4)) : (Low: rest, High: rest);
        var carbG = Math.Clamp(rest, carbRange.Low, carbRange.High);
        return new DailyNutrition(
            energy,
            load,
            new GramRange(carbRange.Low, carbRange.High, carbG),
            new GramRange(Math.Round(p.Low / 4), Math.Round(p.High / 4), proteinG),
            new GramRange(Math.Round(f.Low / 9), Math.Round(f.High / 9), fatG),
            carbBand,
            proteinBand,
            fits);
    }

    private static (double Low, double High, double Target) Narrow((double Low, double High) band, double lowest, double highest)
    {
        var low = Math.Max(band.Low, lowest);
        var high = Math.Min(band.High, highest);
        return (low, high, (low + high) / 2);
    }
}
