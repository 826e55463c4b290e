using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>What kind of session an activity was: long, intervals, or named by its effort.</summary>
public static class SessionType
{
    /// <summary>Output varying more than this (CV) at a moderate or harder effort reads as intervals; steady efforts stay near 0.03.</summary>
    public const double IntervalVariation = 0.10;

    /// <summary>The shortest long session (s): 90 min for a run, 2.5 h for a ride (the usual coaching thresholds); none for other sports.</summary>
    public static double? LongSeconds(Sport sport) => sport switch
    {
        Sport.Run => 90 * 60,
        Sport.Ride => 150 * 60,
        _ => null,
    };

    public static bool IsLong(Activity activity) => LongSeconds(activity.Sport) is { } minimum && activity.DurationSeconds >= minimum;

    /// <summary>"long run", "intervals ride", "easy swim"…: long first, then intervals, then the effort's name.</summary>
    public static string Classify(Activity activity, Effort? effort, double? outputVariation)
    {
        var sport = SportName(activity.Sport);
        if (IsLong(activity) && effort != Effort.VeryHard)
        {
            return $"long {sport}";
        }

        if (outputVariation >= IntervalVariation && effort >= Effort.Moderate)
        {
            return $"interval {sport}";
        }

        var kind = effort switch
        {
            Effort.Recovery => "recovery",
            Effort.Easy => "easy",
            Effort.Moderate => "steady",
            Effort.Hard => "threshold",
            Effort.VeryHard => "race-effort",
            _ => "unrated",
        };
        return $"{kind} {sport}";
    }

    public static string SportName(Sport sport) => sport == Sport.Other ? "session" : sport.ToString().ToLowerInvariant();
}
