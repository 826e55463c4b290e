using Pierre.Fitness.Model;

namespace Pierre.Fitness.Nutrition;

public static class EnergyExpenditure
{
    /// <summary>
    /// Mifflin–St Jeor resting energy (kcal/day, Mifflin et al. 1990): 10 × kg + 6.25 × cm − 5 × age + 5 (men) or − 161
    /// (women); unspecified sex uses the mean offset. Null outside plausible bodies.
    /// </summary>
    public static double? RestingKcal(double weightKg, double heightCm, int ageYears, Sex sex)
    {
        if (weightKg is < 25 or > 300 || heightCm is < 100 or > 250 || ageYears is < 10 or > 110)
        {
            return null;
        }

        var offset = sex switch
        {
            Sex.Male => 5,
            Sex.Female => -161,
            _ => -78,
        };
        return (10 * weightKg) + (6.25 * heightCm) - (5 * ageYears) + offset;
    }

    /// <summary>Daily energy = resting × activity factor (1.2 sedentary … 1.9 very hard training); null outside that range.</summary>
    public static double? DailyKcal(double restingKcal, double activityFactor) =>
        activityFactor is >= 1.2 and <= 1.9 && restingKcal > 0 ? restingKcal * activityFactor : null;
}
