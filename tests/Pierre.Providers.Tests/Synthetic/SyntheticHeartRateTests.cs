using Pierre.Providers.Synthetic;
using static Pierre.Providers.Tests.Synthetic.SyntheticScience;

namespace Pierre.Providers.Tests.Synthetic;

public sealed class SyntheticHeartRateTests
{
    /// <summary>
    /// Long steady sessions (90 min and more) drift: Pa:HR on foot and Pw:HR on the bike decouple by 2–8 % (Friel's
    /// figure for a well-trained athlete is under 5 %; heat and length push it up), never by ~0 as a flat heart rate would.
    /// </summary>
    [Theory]
    [InlineData("Long run")]
    [InlineData("Long ride")]
    public void LongSteadySessions_Decouple2To8Percent(string name)
    {
        var sessions = Recent(name).Where(s => s.Activity.DurationSeconds >= 90 * 60).ToList();

        Assert.NotEmpty(sessions);
        foreach (var (user, _, activity) in sessions)
        {
            var streams = SyntheticAthlete.Streams(user, activity);
            Assert.InRange(DecouplingPercent(streams.PowerWatts ?? streams.SpeedMetersPerSecond, streams.HeartRate!), 2, 8);
        }
    }

    /// <summary>
    /// Heart rate lags the work and follows it: it climbs through each track repeat (the end of a repeat well above its
    /// first 10 s), falls in the jog, and at interval pace approaches HRmax (Daniels: 98–100 % of HRmax).
    /// </summary>
    [Fact]
    public void HeartRate_LagsAndFollowsTheRepeats()
    {
        foreach (var (user, athlete, run) in Recent("Track intervals"))
        {
            var heart = SyntheticAthlete.Streams(user, run).HeartRate!;
            double start = 0;
            foreach (var segment in SegmentsOf(user, run))
            {
                var (from, to) = ((int)Math.Round(start), (int)Math.Round(start + segment.Seconds) - 1);
                if (segment.Level > 0.9)
                {
                    Assert.True(heart[to] > heart[from + 10] + 8, $"repeat at {from} s: {heart[from + 10]} → {heart[to]} bpm");
                    Assert.InRange(heart[to], 0.93 * athlete.Athlete.MaxHeartRate, athlete.Athlete.MaxHeartRate);
                }
                else if (segment.Level < 0.6)
                {
                    Assert.True(heart[to] < heart[from] - 8, $"jog at {from} s: {heart[from]} → {heart[to]} bpm");
                }

                start += segment.Seconds;
            }
        }
    }

    /// <summary>
    /// Session RPE on Borg's CR-10 (Foster et al. 2001) as the intent implies: recovery 1–2, easy 2–3, endurance 3–4,
    /// long 4–5, tempo and CSS sets 6–7, threshold 7, VO2max 7–8, tests and races 9–10.
    /// </summary>
    [Theory]
    [InlineData("Recovery ride", 1, 2)]
    [InlineData("Easy run", 2, 3)]
    [InlineData("Pool swim", 3, 4)]
    [InlineData("Endurance ride", 3, 4)]
    [InlineData("Long run", 4, 5)]
    [InlineData("Long ride", 4, 5)]
    [InlineData("Tempo run", 6, 7)]
    [InlineData("CSS intervals", 6, 7)]
    [InlineData("Threshold intervals", 7, 7)]
    [InlineData("Track intervals", 7, 8)]
    [InlineData("VO2max intervals", 8, 8)]
    [InlineData("FTP test", 9, 9)]
    [InlineData("Marathon", 9, 10)]
    public void PerceivedExertion_FollowsTheIntent(string name, int min, int max)
    {
        var sessions = Users.SelectMany(u => SyntheticAthlete.Activities(u, Now)).Where(a => a.Name == name).ToList();

        Assert.NotEmpty(sessions);
        Assert.All(sessions, a => Assert.InRange(a.PerceivedExertion!.Value, min, max));
    }
}
