using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// What each kind of session is, from the athlete's thresholds and the session's intent. On foot, Daniels' paces
/// ("Daniels' Running Formula"): easy at 63–69 % of VDOT, threshold 88 %, interval 97.5 % in 3–4-min repeats with
/// shorter jogs, the marathon at the predicted M pace. On the bike, Coggan's levels (Allen and Coggan 2010): recovery
/// below 0.55 × FTP, endurance at IF 0.62–0.72, long rides at IF 0.66–0.73, 2 × 20 min at 0.93–1.00 × FTP, 5 × 4-min
/// VO2max repeats at 1.07–1.16 × FTP (never above 92 % of the power held for 4 min, CP + W′/t), every fourth week the FTP
/// test (20-min warm-up, 3 × 1-min fast pedalling, 5-min all-out, 10 min easy, 20-min time trial, cool-down), ridden
/// at 98.5–100 % of that maximal power. In the pool, endurance at 90–95 % of critical swim speed and 200-m repeats at it.
/// </summary>
internal static class Workouts
{
    private static readonly Dictionary<SessionKind, (string Name, Sport Sport, double ClimbMetersPerKm)> Kinds = new()
    {
        [SessionKind.EasyRun] = ("Easy run", Sport.Run, 8),
        [SessionKind.Intervals] = ("Track intervals", Sport.Run, 0),
        [SessionKind.TempoRun] = ("Tempo run", Sport.Run, 8),
        [SessionKind.LongRun] = ("Long run", Sport.Run, 12),
        [SessionKind.Race] = ("Marathon", Sport.Run, 4),
        [SessionKind.RecoveryRide] = ("Recovery ride", Sport.Ride, 6),
        [SessionKind.EnduranceRide] = ("Endurance ride", Sport.Ride, 10),
        [SessionKind.LongRide] = ("Long ride", Sport.Ride, 12),
        [SessionKind.ThresholdRide] = ("Threshold intervals", Sport.Ride, 8),
        [SessionKind.Vo2MaxRide] = ("VO2max intervals", Sport.Ride, 8),
        [SessionKind.FtpTest] = ("FTP test", Sport.Ride, 5),
        [SessionKind.Swim] = ("Pool swim", Sport.Swim, 0),
        [SessionKind.CssSwim] = ("CSS intervals", Sport.Swim, 0),
    };

    public static string NameOf(SessionKind kind) => Kinds[kind].Name;

    public static Sport SportOf(SessionKind kind) => Kinds[kind].Sport;

    public static double ClimbMetersPerKm(SessionKind kind) => Kinds[kind].ClimbMetersPerKm;

    public static SessionKind? KindOf(string name)
    {
        foreach (var (kind, about) in Kinds)
        {
            if (about.Name == name)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// NP/AP of output swinging as 1 + a·m(t), m of unit mean square and slower than NP's 30-s window:
    /// (E[(1 + a·m)⁴])^¼ = (1 + 6a² + 1.5a⁴)^¼ for the two-sine m the streams use.
    /// </summary>
    public static double VariabilityIndex(double terrain) => Math.Pow(1 + (6 * terrain * terrain) + (1.5 * Math.Pow(terrain, 4)), 0.25);

    /// <summary>The recipe of a <paramref name="kind"/> session on <paramref name="date"/>; it is the first thing drawn from <paramref name="random"/>.</summary>
    public static Workout Design(SessionKind kind, SyntheticPhysiology p, SeededRandom random, DateOnly date)
    {
        double U(double low, double high) => low + (random.NextDouble() * (high - low));
        // A few per cent an hour, a fifth more in the northern summer's heat.
        var drift = U(3.0, 4.0) * (date.Month is 6 or 7 or 8 ? 1.2 : 1);
        Workout Steady(double level, double terrain, double minutes, int rpe) => new(kind, [], level, terrain, 1, minutes * 60, drift, rpe);
        Workout Built(List<Segment> core, double fillLevel, double fillMinutes, double warmUpShare, int rpe) =>
            new(kind, core, fillLevel, SportOf(kind) == Sport.Ride ? 0.1 : 0.02, warmUpShare, fillMinutes * 60, drift, rpe);

        switch (kind)
        {
            case SessionKind.EasyRun:
                return Steady(U(0.63, 0.69), 0.03, U(40, 60), 2 + random.Next(2));
            case SessionKind.LongRun:
                return Steady(U(0.63, 0.68), 0.03, U(100, 150), 4 + random.Next(2));
            case SessionKind.Race:
                return Steady(SyntheticPhysiology.MarathonFraction(p.Vdot) * U(0.98, 1.01), 0.02, 0, 9 + random.Next(2));
            case SessionKind.Intervals:
            {
                var reps = 5 + random.Next(2);
                var work = Math.Round(U(180, 240) / 10) * 10;
                var jog = Math.Round(work * U(0.6, 0.8));
                return Built(Repeats(reps, new Segment(work, 0.975, 0.01), new Segment(jog, 0.5, 0.01)), 0.66, 25, 0.6, 7 + random.Next(2));
            }

            case SessionKind.TempoRun:
                return Built([new Segment(Math.Round(U(20, 30)) * 60, 0.88, 0.02)], 0.66, 22, 0.55, 6 + random.Next(2));
            case SessionKind.RecoveryRide:
                return Steady(U(0.45, 0.51), U(0.14, 0.18), U(40, 60), 1 + random.Next(2));
            case SessionKind.EnduranceRide:
            {
                var terrain = U(0.12, 0.18);
                return Steady(U(0.62, 0.72) / VariabilityIndex(terrain), terrain, U(90, 120), 3 + random.Next(2));
            }

            case SessionKind.LongRide:
            {
                var terrain = U(0.15, 0.21);
                return Steady(U(0.66, 0.73) / VariabilityIndex(terrain), terrain, U(150, 185), 4 + random.Next(2));
            }

            case SessionKind.ThresholdRide:
                return Built(Repeats(2, new Segment(1200, U(0.93, 1.0), 0.03), new Segment(360, 0.5, 0.05)), 0.6, 30, 0.6, 7);
            case SessionKind.Vo2MaxRide:
            {
                var work = Math.Min(U(1.07, 1.16), 0.92 * p.MaximalPowerOfFtp(240));
                return Built(Repeats(5, new Segment(240, work, 0.03), new Segment(240, 0.5, 0.05)), 0.6, 30, 0.6, 8);
            }

            case SessionKind.FtpTest:
            {
                var form = U(0.985, 1.0);
                List<Segment> core = [.. Repeats(3, new Segment(60, 0.95, 0.05), new Segment(60, 0.5, 0.05)), new Segment(300, 0.5, 0.05)];
                core.Add(new Segment(300, form * U(0.997, 1.003) * p.MaximalPowerOfFtp(300), 0.02));
                core.Add(new Segment(600, 0.5, 0.05));
                core.Add(new Segment(1200, form * U(0.997, 1.003) * p.MaximalPowerOfFtp(1200), 0.02));
                return Built(core, 0.58, 35, 20.0 / 35, 9);
            }

            case SessionKind.CssSwim:
            {
                var pace = U(0.99, 1.02);
                var repeat = Math.Round(200 * p.CssSecondsPer100Meters / 100 / pace);
                return Built(Repeats(8 + random.Next(3), new Segment(repeat, pace, 0.01), new Segment(40, 0.8, 0.01)), 0.88, 15, 0.6, 6 + random.Next(2));
            }

            default:
                return Steady(U(0.90, 0.95), 0.02, U(45, 60), 3 + random.Next(2));
        }
    }

    private static List<Segment> Repeats(int count, Segment work, Segment recovery)
    {
        var segments = new List<Segment>((2 * count) - 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                segments.Add(recovery);
            }

            segments.Add(work);
        }

        return segments;
    }
}
