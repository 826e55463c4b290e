namespace Pierre.Fitness.Nutrition;

/// <summary>
/// The daily training loads of Thomas, Erdman &amp; Burke (2016, Table 2) that set carbohydrate needs: light (low
/// intensity or skill-based: 3–5 g/kg), moderate (about 1 h a day: 5–7), high (1–3 h a day of moderate to high
/// intensity: 6–10), very high (4–5 h or more a day: 8–12).
/// </summary>
public enum DailyTrainingLoad
{
    Light = 0,
    Moderate,
    High,
    VeryHigh,
}
