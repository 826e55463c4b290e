using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>Turns a planned session into a recorded activity with plausible pace, heart rate, power and climbing.</summary>
internal static class SessionMaker
{
    public static Activity Make(Athlete athlete, PlannedSession session, Random random)
    {
        double Noise(double spread) => 1 + ((random.NextDouble() - 0.5) * 2 * spread);
        double Hr(double intensity) => Math.Round(athlete.RestingHeartRate + ((athlete.MaxHeartRate - athlete.RestingHeartRate) * intensity * Noise(0.03)));
        var threshold = athlete.ThresholdPaceSecondsPerKm!.Value * (1 - session.FitnessGain);
        var ftp = athlete.FtpWatts!.Value * (1 + session.FitnessGain);
        var v = session.VolumeFactor;

        var (name, sport, meters, paceOrSpeed, intensity, climbPerKm, powerFactor) = session.Kind switch
        {
            SessionKind.Intervals => ("Track intervals", Sport.Run, 10_000 * v, threshold * 1.08, 0.82, 3.0, 0.0),
            SessionKind.TempoRun => ("Tempo run", Sport.Run, 12_000 * v, threshold * 1.03, 0.86, 8.0, 0.0),
            SessionKind.LongRun => ("Long run", Sport.Run, 26_000 * v, threshold * 1.22, 0.70, 12.0, 0.0),
            SessionKind.EasyRun => ("Easy run", Sport.Run, 8_000 * v, threshold * 1.25, 0.65, 8.0, 0.0),
            SessionKind.EnduranceRide => ("Endurance ride", Sport.Ride, 40_000 * v, 8.0, 0.62, 10.0, 0.68),
            SessionKind.LongRide => ("Long ride", Sport.Ride, 95_000 * v, 8.3, 0.66, 12.0, 0.72),
            SessionKind.Swim => ("Pool swim", Sport.Swim, 2_800 * v, threshold * 0.42, 0.70, 0.0, 0.0),
            _ => ("Marathon", Sport.Run, 42_195, threshold * 1.05, 0.88, 4.0, 0.0),
        };

        var distance = Math.Round(meters * (session.Kind == SessionKind.Race ? 1 : Noise(0.12)));
        var duration = sport == Sport.Ride
            ? distance / (paceOrSpeed * (powerFactor / 0.7) * Noise(0.05))
            : distance / 1000 * paceOrSpeed * Noise(0.03);
        if (sport == Sport.Swim)
        {
            duration = distance / 100 * paceOrSpeed * Noise(0.04);
        }

        var hour = session.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 8 : 6;
        var start = new DateTimeOffset(session.Date.ToDateTime(new TimeOnly(hour, 30 + random.Next(20))), TimeSpan.Zero);
        return new Activity(
            $"syn-{session.Date:yyyyMMdd}",
            name,
            sport,
            start,
            Math.Round(duration),
            distance,
            Math.Round(distance / 1000 * climbPerKm * Noise(0.4)),
            Hr(intensity),
            sport == Sport.Ride ? Math.Round(ftp * powerFactor * Noise(0.04)) : null);
    }
}
