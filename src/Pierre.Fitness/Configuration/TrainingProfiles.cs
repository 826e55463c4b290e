namespace Pierre.Fitness.Configuration;

/// <summary>
/// The built-in profiles. Weekly volume growth is capped by the "10 % rule", tighter for novices: a coaching convention,
/// not a proven safe limit (see <see cref="VolumeGrowthBasis"/>); the hard share follows Seiler's ~80/20 polarised distribution (Seiler &amp; Kjerland 2006); Riegel's exponent
/// is 1.06 (Riegel 1981), higher for novices whose pace fades more with distance (Vickers &amp; Vertosick 2016).
/// </summary>
public static class TrainingProfiles
{
    /// <summary>What the weekly volume cap rests on, to quote wherever it is applied.</summary>
    public const string VolumeGrowthBasis =
        "the \"10 % rule\" is a coaching convention, not a proven safe limit: in a randomised trial in novice runners (Buist et al. 2008) a graded 10 %-a-week programme had no fewer injuries than a standard one; Nielsen et al. (2014) saw distance-related injuries associated with > 30 % growth over two weeks (HR 1.59, 95 % CI 0.96–2.66)";

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
