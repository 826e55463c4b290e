using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Goals;

/// <summary>How goals are named in tool arguments and stored rows, and the row read back as a <see cref="GoalSpec"/>.</summary>
internal static class GoalNames
{
    public const string Active = "active";
    public const string Achieved = "achieved";
    public const string Cancelled = "cancelled";

    public static string Of(GoalKind kind) => kind.ToString().ToLowerInvariant();

    public static string? Of(Sport? sport) => sport?.ToString().ToLowerInvariant();

    public static GoalKind? KindFrom(string? name) => name switch
    {
        "distance" => GoalKind.Distance,
        "time" => GoalKind.Time,
        "frequency" => GoalKind.Frequency,
        "race" => GoalKind.Race,
        _ => null,
    };

    public static Sport? SportFrom(string? name) => name switch
    {
        "run" => Sport.Run,
        "ride" => Sport.Ride,
        "swim" => Sport.Swim,
        _ => null,
    };

    public static GoalSpec ToSpec(Goal goal) => new(
        KindFrom(goal.GoalType) ?? throw new InvalidOperationException($"goal {goal.Id} has an unknown type"),
        SportFrom(goal.SportType),
        goal.TargetValue,
        goal.StartDate,
        goal.TargetDate,
        goal.RaceDistanceMeters);
}
