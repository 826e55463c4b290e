namespace Pierre.Providers.Synthetic;

internal enum SessionKind
{
    EasyRun,
    Intervals,
    TempoRun,
    LongRun,
    EnduranceRide,
    LongRide,
    Swim,
    Race,
}

/// <summary>One planned session: what it is and how much of the usual volume (recovery weeks and tapers scale it).</summary>
internal sealed record PlannedSession(DateOnly Date, SessionKind Kind, double VolumeFactor, double FitnessGain);

/// <summary>
/// A classic build: a weekly pattern (rest Monday, quality Tuesday and Thursday, long sessions at the weekend), 4-week
/// blocks with a lighter fourth week, two marathons a year apart with a two-week taper, and steady fitness gains.
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
        var gain = TwoYearGain * day / SyntheticAthlete.HistoryDays;
        if (_races.Contains(date))
        {
            return new PlannedSession(date, SessionKind.Race, 1, gain);
        }

        if (random.NextDouble() < 0.08)
        {
            return null;
        }

        var kind = date.DayOfWeek switch
        {
            DayOfWeek.Monday => random.NextDouble() < 0.25 ? SessionKind.Swim : (SessionKind?)null,
            DayOfWeek.Tuesday => SessionKind.Intervals,
            DayOfWeek.Wednesday => SessionKind.EnduranceRide,
            DayOfWeek.Thursday => SessionKind.TempoRun,
            DayOfWeek.Friday => SessionKind.Swim,
            DayOfWeek.Saturday => SessionKind.LongRide,
            _ => SessionKind.LongRun,
        };
        return kind is { } k ? new PlannedSession(date, k, VolumeFactor(date, day), gain) : null;
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

        return (day / 7) % 4 == 3 ? 0.7 : 1.0;
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
