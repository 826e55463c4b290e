using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Server.Analysis;

/// <summary>
/// An activity compared with its baseline. <paramref name="Kind"/> is similar, personal_best, average or activity (another
/// activity named by id); <paramref name="Since"/> is where the similar and average baselines start.
/// </summary>
internal sealed record ComparedActivity(
    string Provider, Activity Subject, string Kind, string Description, IReadOnlyList<Activity> Baseline, DateTimeOffset Since, bool IsPersonalBest,
    Comparison Comparison);
