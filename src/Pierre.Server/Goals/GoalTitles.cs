using System.Globalization;
using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Server.Analysis;
using Pierre.Server.Errors;
using Pierre.Server.Security;

namespace Pierre.Server.Goals;

/// <summary>A goal's title: the one given, if it shows as what it says, or one made from what it asks for and by when.</summary>
internal static class GoalTitles
{
    /// <summary>The title <paramref name="given"/> for <paramref name="goal"/>, or one made from it when none is given.</summary>
    public static Result<string> For(GoalSpec goal, string? given) => given switch
    {
        null or "" => Default(goal),
        _ when UnsafeCharacters.HasControlOrBidi(given) => Refusal.Invalid("argument 'title' must not contain control or bidirectional formatting characters"),
        _ => given,
    };

    public static string Default(GoalSpec goal)
    {
        var by = IsoDates.Of(goal.TargetDate);
        return goal.Kind switch
        {
            GoalKind.Distance => Invariant($"{Verb(goal.Sport)} {goal.TargetValue:0.#} km by {by}"),
            GoalKind.Time => Invariant($"{goal.TargetValue:0.#} h of {Activity(goal.Sport)} by {by}"),
            GoalKind.Frequency => Invariant($"{goal.TargetValue:0} {Activity(goal.Sport)} sessions a week until {by}"),
            _ => Invariant($"{goal.RaceDistanceMeters / 1000:0.###} km in {RaceClock.Format(goal.TargetValue)} by {by}"),
        };
    }

    private static string Verb(Sport? sport) => sport switch
    {
        Sport.Ride => "Ride",
        Sport.Swim => "Swim",
        _ => "Run",
    };

    private static string Activity(Sport? sport) => sport switch
    {
        Sport.Run => "running",
        Sport.Ride => "cycling",
        Sport.Swim => "swimming",
        _ => "training",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
