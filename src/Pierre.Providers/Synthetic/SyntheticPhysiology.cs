using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// The synthetic athlete's physiology today: the profile the tools see, plus what it hides and every session is built
/// from: the runner's VDOT (Daniels), critical power and W′ as multiples of FTP, and the swimmer's critical swim speed.
/// </summary>
internal sealed record SyntheticPhysiology(Athlete Athlete, double Vdot, double CriticalPowerOfFtp, double WPrimeSecondsOfFtp, double CssSecondsPer100Meters)
{
    public double FtpWatts => Athlete.FtpWatts!.Value;

    public int HeartRateReserve => Athlete.MaxHeartRate - Athlete.RestingHeartRate;

    public static SyntheticPhysiology Of(Guid userId)
    {
        var random = SeededRandom.For(userId, salt: 0);
        var sex = random.Next(2) == 0 ? Sex.Female : Sex.Male;
        var age = 28 + random.Next(20);
        var first = SyntheticAthlete.FirstNames[random.Next(SyntheticAthlete.FirstNames.Length)];
        var last = SyntheticAthlete.LastNames[random.Next(SyntheticAthlete.LastNames.Length)];
        var weight = Math.Round((sex == Sex.Female ? 56 : 68) + (random.NextDouble() * 12), 1);
        var resting = 46 + random.Next(12);
        // Tanaka et al. (2001): HRmax = 208 − 0.7 × age.
        var maxHr = (int)Math.Round(208 - (0.7 * age));
        var ftp = Math.Round((sex == Sex.Female ? 190 : 235) + (random.NextDouble() * 60));
        var vdot = Math.Round(44 + (random.NextDouble() * 13), 1);
        // CP sits a little above FTP (1.01–1.035 ×) and W′ is 55–80 J per watt of FTP (14–20 kJ at 250 W), so a 20-min
        // all-out effort (CP + W′/1200) is 1.06–1.10 × FTP and 0.95 of it gives back FTP within a few per cent.
        var cp = 1.01 + (random.NextDouble() * 0.025);
        var wPrime = 55 + (random.NextDouble() * 25);
        var css = Math.Round(88 + (random.NextDouble() * 24), 1);
        var thresholdPace = Math.Round(ThresholdEstimates.ThresholdPaceSecondsPerKm(vdot)!.Value, 1);
        var athlete = new Athlete($"synthetic-{userId:N}"[..22], first, last, sex, age, weight, resting, maxHr, ftp, thresholdPace);
        return new SyntheticPhysiology(athlete, vdot, cp, wPrime, css);
    }

    /// <summary>The highest power, as a multiple of FTP, held for <paramref name="seconds"/> by the 2-parameter model: (CP + W′/t) / FTP.</summary>
    public double MaximalPowerOfFtp(double seconds) => CriticalPowerOfFtp + (WPrimeSecondsOfFtp / seconds);

    /// <summary>Running speed (m/s) whose oxygen cost is <paramref name="fractionOfVdot"/> of <paramref name="vdot"/> (Daniels and Gilbert).</summary>
    public static double RunningSpeed(double fractionOfVdot, double vdot) => PaceZones.VelocityAtOxygenCost(fractionOfVdot * vdot) / 60;

    /// <summary>The fraction of VDOT that a marathon predicted for <paramref name="vdot"/> costs: Daniels' M pace.</summary>
    public static double MarathonFraction(double vdot) =>
        Fitness.Performance.Vdot.OxygenCost(42_195 / (Fitness.Performance.Vdot.PredictSeconds(vdot, 42_195)!.Value / 60)) / vdot;
}
