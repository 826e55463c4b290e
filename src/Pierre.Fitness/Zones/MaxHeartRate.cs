namespace Pierre.Fitness.Zones;

public enum MaxHeartRateFormula
{
    /// <summary>Tanaka, Monahan &amp; Seals (2001): 208 − 0.7 × age.</summary>
    Tanaka = 0,

    /// <summary>Fox, Naughton &amp; Haskell (1971): 220 − age.</summary>
    Fox,

    /// <summary>Nes et al. (2013, HUNT study): 211 − 0.64 × age.</summary>
    Nes,

    /// <summary>Gulati et al. (2010), women: 206 − 0.88 × age.</summary>
    Gulati,
}

public static class MaxHeartRate
{
    /// <summary>Age-predicted maximum heart rate (bpm); null outside ages 10–100.</summary>
    public static double? Estimate(int ageYears, MaxHeartRateFormula formula = MaxHeartRateFormula.Tanaka) =>
        ageYears is < 10 or > 100
            ? null
            : formula switch
            {
                MaxHeartRateFormula.Fox => 220 - ageYears,
                MaxHeartRateFormula.Nes => 211 - (0.64 * ageYears),
                MaxHeartRateFormula.Gulati => 206 - (0.88 * ageYears),
                _ => 208 - (0.7 * ageYears),
            };
}
