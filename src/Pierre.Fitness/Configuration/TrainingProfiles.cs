namespace Pierre.Fitness.Configuration;

/// <summary>
/// The built-in profiles. Weekly volume growth follows the "10 % rule" as an upper bound, tighter for novices (Buist et
/// al. 2008 found no extra injuries at ~10 %; Nielsen et al. 2014 saw more injuries in novices above 30 % per two
/// weeks); the hard share follows Seiler's ~80/20 polarised distribution (Seiler &amp; Kjerland 2006); Riegel's exponent
/// is 1.06 (Riegel 1981), higher for novices whose pace fades more with distance (Vickers &amp; Vertosick 2016).
/// </summary>
public static class TrainingProfiles
{
    public static readonly TrainingProfile Beginner = new(
        "beginner", "New to structured training: small volume steps, two rest days, mostly easy.", 0.05, 0.10, 2, 1.08);

    public static readonly TrainingProfile Recreational = new(
        "recreational", "Trains regularly for fitness and the odd race (the default).", 0.08, 0.20, 1, 1.06);

    public static readonly TrainingProfile Competitive = new(
        "competitive", "Follows a plan towards race goals: up to 10 % more volume a week, 80/20 intensity.", 0.10, 0.20, 1, 1.06);

    public static readonly TrainingProfile Elite = new(
        "elite", "High, stable volume with periodised blocks; tolerates more intensity.", 0.10, 0.25, 1, 1.05);

    public static TrainingProfile Default => Recreational;

    public static IReadOnlyList<TrainingProfile> All { get; } = [Beginner, Recreational, Competitive, Elite];

    /// <summary>The profile named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static TrainingProfile? Find(string? name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
