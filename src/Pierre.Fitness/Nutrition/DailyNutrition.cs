namespace Pierre.Fitness.Nutrition;

/// <summary>
/// Daily energy and macronutrient ranges for a goal and training load. Each range holds only amounts that can be eaten
/// with the other two inside theirs and the total at the energy target; <paramref name="CarbohydrateBandGPerKg"/> is the
/// load's published band and <paramref name="WithinBands"/> says whether the energy target reaches all three bands at once.
/// </summary>
public sealed record DailyNutrition(
    double EnergyKcal, DailyTrainingLoad Load, GramRange CarbohydrateG, GramRange ProteinG, GramRange FatG,
    (double Low, double High) CarbohydrateBandGPerKg, (double Low, double High) ProteinBandGPerKg, bool WithinBands)
{
    public const double CarbohydrateKcalPerGram = 4;
    public const double ProteinKcalPerGram = 4;
    public const double FatKcalPerGram = 9;

    /// <summary>Energy of the three targets: 4 × carbohydrate + 4 × protein + 9 × fat (kcal), equal to the energy target up to gram rounding.</summary>
    public double TargetsKcal =>
        (CarbohydrateKcalPerGram * CarbohydrateG.Target) + (ProteinKcalPerGram * ProteinG.Target) + (FatKcalPerGram * FatG.Target);
}
