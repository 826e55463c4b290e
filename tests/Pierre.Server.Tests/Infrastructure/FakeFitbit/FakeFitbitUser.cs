namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>One Fitbit account's data. Seed it before reading; the fake reads it under the same lock.</summary>
public sealed class FakeFitbitUser(string id)
{
    private readonly List<FakeFitbitActivity> _activities = [];
    private readonly List<FakeFitbitSleep> _sleep = [];
    private readonly SortedDictionary<DateTime, int> _heart = [];

    public string Id { get; } = id;

    public FakeFitbitProfile Profile { get; set; } = new();

    /// <summary>Adds an activity and, optionally, heart-rate samples at seconds from its start (intraday, local time).</summary>
    public FakeFitbitUser AddActivity(FakeFitbitActivity activity, IEnumerable<(int Second, int Bpm)>? heartRate = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (this)
        {
            _activities.Add(activity);
            foreach (var (second, bpm) in heartRate ?? [])
            {
                _heart[activity.Start.DateTime.AddSeconds(second)] = bpm;
            }
        }

        return this;
    }

    public FakeFitbitUser AddSleep(FakeFitbitSleep sleep)
    {
        lock (this)
        {
            _sleep.Add(sleep);
        }

        return this;
    }

    internal List<FakeFitbitActivity> Activities()
    {
        lock (this)
        {
            return [.. _activities];
        }
    }

    internal List<FakeFitbitSleep> Sleep()
    {
        lock (this)
        {
            return [.. _sleep];
        }
    }

    internal List<(DateTime Local, int Bpm)> HeartRate(DateTime from, DateTime to)
    {
        lock (this)
        {
            return [.. _heart.Where(p => p.Key >= from && p.Key <= to).Select(p => (p.Key, p.Value))];
        }
    }
}
