namespace Pierre.Fitness.Nutrition;

/// <summary>A daily range in grams, and the day's target inside it; the three macros' targets add up to the energy target.</summary>
public sealed record GramRange(double Low, double High, double Target);
