using Pierre.Fitness.Configuration;
using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Goals;

public sealed class GoalSuggestionsTests
{
    private static readonly DateOnly Today = GoalActivities.Today;

    /// <summary>Four weeks of a 10 km run (50 min) on even days and a 40 km ride (80 min) on odd days.</summary>
    private static readonly List<Activity> RunsAndRides =
        [.. Enumerable.Range(0, 28).Select(i => i % 2 == 0 ? GoalActivities.On(Today.AddDays(-i), Sport.Run, 10, 50) : GoalActivities.On(Today.AddDays(-i), Sport.Ride, 40, 80))];

    [Fact]
    public void Suggest_FromRunsAndRides_GivesFiveGoalsThatStartToday()
    {
        var suggestions = GoalSuggestions.Suggest(RunsAndRides, TrainingProfiles.Recreational, Today);

        Assert.Equal([GoalKind.Distance, GoalKind.Distance, GoalKind.Time, GoalKind.Frequency, GoalKind.Race], suggestions.Select(s => s.Goal.Kind));
        Assert.All(suggestions, s => Assert.Equal(Today, s.Goal.StartDate));
        // Rides take the most time (4.7 h a week against 2.9): 140 km a week growing 4 % a week for 8 weeks, whole km.
        Assert.Equal((Sport.Ride, Math.Floor(SafeProgression.Capacity(140, 0.04, 8))), (suggestions[0].Goal.Sport, suggestions[0].Goal.TargetValue));
        Assert.Equal((Sport.Run, 140.0), (suggestions[1].Goal.Sport, suggestions[1].Goal.TargetValue));
        Assert.Equal(6, suggestions[3].Goal.TargetValue); // 7 a week lately, but the profile keeps a rest day
    }

    [Fact]
    public void Suggest_EverySuggestion_IsFeasibleOrChallenging()
    {
        var suggestions = GoalSuggestions.Suggest(RunsAndRides, TrainingProfiles.Recreational, Today);

        Assert.All(suggestions, s => Assert.NotEqual(
            FeasibilityVerdict.Unrealistic, GoalFeasibility.Assess(s.Goal, RunsAndRides, TrainingProfiles.Recreational, Today)!.Verdict));
    }

    [Fact]
    public void Suggest_WithoutRecentActivities_GivesNothing() =>
        Assert.Empty(GoalSuggestions.Suggest([GoalActivities.On(Today.AddDays(-40), Sport.Run, 10, 50)], TrainingProfiles.Recreational, Today));
}
