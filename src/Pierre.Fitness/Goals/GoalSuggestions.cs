using System.Globalization;
using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Goals;

/// <summary>A goal worth proposing and why, ready to be set as it is.</summary>
public sealed record GoalSuggestion(GoalSpec Goal, string Reason);

/// <summary>
/// Goals derived from the last 4 weeks: volume that builds at half the profile's weekly volume cap (a convention), the current
/// volume of a second sport held, the current number of sessions sustained, and a race one VDOT point faster.
/// </summary>
public static class GoalSuggestions
{
    public const string Method =
        "heuristic: from the last 4 weeks, the main sport's weekly distance built at half the profile's weekly cap for 8 weeks, a second sport held, the current sessions a week sustained, and a race one VDOT point (Daniels–Gilbert) faster; the choices are our conventions";

    public const int BuildWeeks = 8;
    public const int HoldWeeks = 4;
    public const int RaceWeeks = 6;
    public const double RaceMeters = 10_000;
    private static readonly Sport[] Sports = [Sport.Run, Sport.Ride, Sport.Swim];

    /// <summary>Up to five goals starting today; none without activities in the last 28 days.</summary>
    public static IReadOnlyList<GoalSuggestion> Suggest(IReadOnlyList<Activity> activities, TrainingProfile profile, DateOnly today)
    {
        var growth = profile.MaxWeeklyVolumeIncrease / 2;
        var bySport = Sports
            .Select(sport => (Sport: sport, Recent: RecentTraining.Of(activities.Where(a => a.Sport == sport), today)))
            .Where(s => s.Recent.KilometersPerWeek > 0)
            .OrderByDescending(s => s.Recent.HoursPerWeek)
            .ToList();
        var all = RecentTraining.Of(activities, today);
        var suggestions = new List<GoalSuggestion>();
        if (all.SessionsPerWeek <= 0)
        {
            return suggestions;
        }

        if (bySport.Count > 0 && FloorKm(SafeProgression.Capacity(bySport[0].Recent.KilometersPerWeek, growth, BuildWeeks)) is > 0 and var build)
        {
            suggestions.Add(new(Goal(GoalKind.Distance, bySport[0].Sport, build, today, BuildWeeks * 7), Invariant(
                $"Build {Name(bySport[0].Sport)} from {bySport[0].Recent.KilometersPerWeek:0.#} km a week by {growth:P0} a week over {BuildWeeks} weeks: half the {profile.Name} profile's cap of {profile.MaxWeeklyVolumeIncrease:P0} a week.")));
        }

        if (bySport.Count > 1 && FloorKm(bySport[1].Recent.KilometersPerWeek * HoldWeeks) is > 0 and var hold)
        {
            suggestions.Add(new(Goal(GoalKind.Distance, bySport[1].Sport, hold, today, HoldWeeks * 7), Invariant(
                $"Keep {Name(bySport[1].Sport)} at its last 4 weeks' {bySport[1].Recent.KilometersPerWeek:0.#} km a week for {HoldWeeks} more weeks.")));
        }

        if (Math.Floor(SafeProgression.Capacity(all.HoursPerWeek, growth, HoldWeeks) * 2) / 2 is > 0 and var hours)
        {
            suggestions.Add(new(Goal(GoalKind.Time, null, hours, today, HoldWeeks * 7), Invariant(
                $"Train {hours:0.#} h in {HoldWeeks} weeks: {all.HoursPerWeek:0.#} h a week now, growing by {growth:P0} a week.")));
        }

        if (Math.Min(Math.Floor(all.SessionsPerWeek), 7 - profile.MinRestDaysPerWeek) is >= 1 and var sessions)
        {
            suggestions.Add(new(Goal(GoalKind.Frequency, null, sessions, today, BuildWeeks * 7), Invariant(
                $"Consistency: {sessions:0} sessions every week for {BuildWeeks} weeks ({all.SessionsPerWeek:0.#} a week lately).")));
        }

        var runs = activities.Where(a => a.Sport == Sport.Run).Select(a => (GoalSeries.DateOf(a), a.DistanceMeters, a.DurationSeconds));
        if (GoalSeries.BestVdot(runs)(today) is { } vdot && Vdot.PredictSeconds(vdot + 1, RaceMeters) is { } seconds)
        {
            suggestions.Add(new(Goal(GoalKind.Race, Sport.Run, Math.Ceiling(seconds), today, RaceWeeks * 7, RaceMeters), Invariant(
                $"A 10 km one VDOT point above your best run of the last 90 days ({vdot:0.0}); a training run understates race fitness, so this may be conservative.")));
        }

        return suggestions;
    }

    private static GoalSpec Goal(GoalKind kind, Sport? sport, double target, DateOnly today, int days, double? raceMeters = null) =>
        new(kind, sport, target, today, today.AddDays(days), raceMeters);

    private static double FloorKm(double km) => km >= 20 ? Math.Floor(km) : Math.Floor(km * 10) / 10;

    private static string Name(Sport sport) => sport switch
    {
        Sport.Run => "running",
        Sport.Ride => "cycling",
        _ => "swimming",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
