using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// Turns a planned session into a recorded activity: its <see cref="Workout"/> at that day's fitness gives the
/// distance, average power and heart rate (the same recipe the streams are drawn from), plus climbing and a CR-10 RPE.
/// </summary>
internal static class SessionMaker
{
    private const double MarathonMeters = 42_195;

    /// <summary>The activity of <paramref name="session"/>; <paramref name="random"/> must be the day's, as <see cref="SyntheticAthlete.Streams(Guid, Activity)"/> draws it again.</summary>
    public static Activity Make(SyntheticPhysiology p, PlannedSession session, SeededRandom random)
    {
        var workout = Workouts.Design(session.Kind, p, random, session.Date);
        double Noise(double spread) => 1 + ((random.NextDouble() - 0.5) * 2 * spread);
        var sport = Workouts.SportOf(session.Kind);
        var vdot = p.Vdot * session.Fitness;
        var total = session.Kind == SessionKind.Race
            ? Math.Round(MarathonMeters / SyntheticPhysiology.RunningSpeed(workout.FillLevel, vdot))
            : Math.Round(workout.CoreSeconds + Math.Max(1200, workout.BaseFillSeconds * session.VolumeFactor * Noise(0.05)));
        var segments = workout.Over(total);
        double? power = null, weighted = null;
        double distance;
        if (sport == Sport.Ride)
        {
            power = Math.Round(p.FtpWatts * session.Fitness * segments.Sum(s => s.Seconds * s.Level) / total);
            weighted = Math.Round(p.FtpWatts * session.Fitness * WeightedLevel(segments, total));
            distance = Math.Round(total * RideSpeed(power.Value, p.Athlete.WeightKg));
        }
        else if (sport == Sport.Swim)
        {
            var cssSpeed = 100 / p.CssSecondsPer100Meters * session.Fitness;
            distance = Math.Round(segments.Sum(s => s.Seconds * s.Level * cssSpeed) / 25) * 25;
        }
        else
        {
            distance = session.Kind == SessionKind.Race
                ? MarathonMeters
                : Math.Round(segments.Sum(s => s.Seconds * SyntheticPhysiology.RunningSpeed(s.Level, vdot)));
        }

        var hour = session.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 8 : 6;
        var start = new DateTimeOffset(session.Date.ToDateTime(new TimeOnly(hour, 30 + random.Next(20))), TimeSpan.Zero);
        return new Activity(
            $"syn-{session.Date:yyyyMMdd}",
            Workouts.NameOf(session.Kind),
            sport,
            start,
            total,
            distance,
            Math.Round(distance / 1000 * Workouts.ClimbMetersPerKm(session.Kind) * Noise(0.4)),
            Math.Round(HeartRateModel.Mean(p, sport, segments, workout.DriftPercentPerHour)),
            power,
            ElapsedSeconds: total,
            WeightedAveragePowerWatts: weighted,
            DevicePower: sport == Sport.Ride ? true : null,
            PerceivedExertion: workout.PerceivedExertion);
    }

    /// <summary>
    /// The ride's Normalized Power over FTP as a power meter's head unit would report it (Strava's weighted average
    /// watts): the fourth-power mean of the segments, each at its level swung by its terrain (<see cref="Workouts.VariabilityIndex"/>).
    /// It leaves out the 30 s smoothing across segment changes and the second-to-second jitter, both small against a segment.
    /// </summary>
    private static double WeightedLevel(IReadOnlyList<Segment> segments, double total) =>
        Math.Pow(segments.Sum(s => s.Seconds * Math.Pow(s.Level * Workouts.VariabilityIndex(s.Terrain), 4)) / total, 0.25);

    /// <summary>
    /// Road speed (m/s) at <paramref name="watts"/>: P = ½ρ·CdA·v³ + Crr·m·g·v with ρ 1.2 kg/m³, CdA 0.36 m², Crr 0.005
    /// and 9 kg of bike, solved by Newton's method, then 7 % off for the climbs.
    /// </summary>
    private static double RideSpeed(double watts, double riderKg)
    {
        const double drag = 0.5 * 1.2 * 0.36;
        var rolling = 0.005 * (riderKg + 9) * 9.81;
        var v = 8.0;
        for (var i = 0; i < 6; i++)
        {
            v -= ((drag * v * v * v) + (rolling * v) - watts) / ((3 * drag * v * v) + rolling);
        }

        return v * 0.93;
    }
}
