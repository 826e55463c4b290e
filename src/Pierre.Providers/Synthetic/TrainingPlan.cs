namespace Pierre.Providers.Synthetic;

internal enum SessionKind
{
    EasyRun,
    Intervals,
    TempoRun,
    LongRun,
    RecoveryRide,
    EnduranceRide,
    LongRide,
    ThresholdRide,
    Vo2MaxRide,
    FtpTest,
    Swim,
    CssSwim,
    Race,
}

/// <summary>
/// One planned session: what it is, how much of the usual volume (recovery weeks and tapers scale it), and the
/// athlete's fitness that day as a fraction of today's.
/// </summary>
internal sealed record PlannedSession(DateOnly Date, SessionKind Kind, double VolumeFactor, double Fitness);

/// <summary>
/// A classic build: a weekly pattern (Monday rest, an easy swim, a recovery ride or an easy run; run intervals Tuesday; the bike's
/// quality day Wednesday; tempo Thursday; swim Friday; long sessions at the weekend), 4-week blocks whose Wednesday rides
/// go threshold, VO2max, endurance, then an FTP test in the lighter fourth week, two marathons a year apart with a
/// two-week taper, and fitness rising 6 % over the two years up to today.
/// </summary>
internal sealed class TrainingPlan(Guid userId, DateOnly firstDay)
{
    private const double TwoYearGain = 0.06;
    private readonly DateOnly[] _races = [firstDay.AddDays(FirstSunday(firstDay, 300)), firstDay.AddDays(FirstSunday(firstDay, 660))];

    public IReadOnlyList<DateOnly> RaceDays => _races;

    public PlannedSession? SessionOn(DateOnly date)
    {
        var day = date.DayNumber - firstDay.DayNumber;
        var random = SeededRandom.For(userId, date.DayNumber ^ 0x5A5A);
        var fitness = 1 - (TwoYearGain * (SyntheticAthlete.HistoryDays - 1 - day) / SyntheticAthlete.HistoryDays);
        if (_races.Contains(date))
        {
            return new PlannedSession(date, SessionKind.Race, 1, fitness);
        }

        var week = day / 7 % 4;
        var skipped = random.NextDouble() < 0.08;
        var monday = random.NextDouble();
        SessionKind? kind = date.DayOfWeek switch
        {
            DayOfWeek.Monday => monday switch
            {
                < 0.2 => SessionKind.Swim,
                < 0.45 => SessionKind.RecoveryRide,
                < 0.65 => SessionKind.EasyRun,
                _ => null,
            },
            DayOfWeek.Tuesday => SessionKind.Intervals,
            DayOfWeek.Wednesday => week switch
            {
                0 => SessionKind.ThresholdRide,
                1 => SessionKind.Vo2MaxRide,
                2 => SessionKind.EnduranceRide,
                _ => SessionKind.FtpTest,
            },
            DayOfWeek.Thursday => SessionKind.TempoRun,
            DayOfWeek.Friday => week % 2 == 0 ? SessionKind.Swim : SessionKind.CssSwim,
            DayOfWeek.Saturday => SessionKind.LongRide,
            _ => SessionKind.LongRun,
        };
        // A test is kept whatever else the week brings; any other session is missed now and then.
        return kind is { } k && (!skipped || k == SessionKind.FtpTest) ? new PlannedSession(date, k, VolumeFactor(date, day), fitness) : null;
    }

    private double VolumeFactor(DateOnly date, int day)
    {
        foreach (var race in _races)
        {
            var daysToRace = race.DayNumber - date.DayNumber;
            if (daysToRace is > 0 and <= 7)
            {
                return 0.45;
            }

            if (daysToRace is > 7 and <= 14)
            {
                return 0.65;
            }

            if (daysToRace is < 0 and >= -7)
            {
                return 0.5;
            }
        }

        return day / 7 % 4 == 3 ? 0.7 : 1.0;
    }

    private static int FirstSunday(DateOnly start, int offset)
    {
        var date = start.AddDays(offset);
        while (date.DayOfWeek != DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        return date.DayNumber - start.DayNumber;
    }
}
