using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Analysis;

/// <summary>Seconds spent in one zone.</summary>
public sealed record ZoneSeconds(Zone Zone, int Seconds);

/// <summary>Time in each zone, below the lowest zone, and without a usable sample; the parts add up to the sample count.</summary>
public sealed record ZoneTimes(IReadOnlyList<ZoneSeconds> Zones, int BelowZonesSeconds, int NoDataSeconds)
{
    public int TotalSeconds => Zones.Sum(z => z.Seconds) + BelowZonesSeconds + NoDataSeconds;
}

public static class ZoneTime
{
    /// <summary>
    /// Time in zone from 1 Hz samples (one second each): a sample belongs to the highest zone whose lower bound it
    /// reaches, so zones are [Low, next Low) and the top zone is open above; samples below zone 1 and samples that are
    /// not finite and positive (dropouts) are counted apart. Zones must be in ascending order.
    /// </summary>
    public static ZoneTimes Of(ReadOnlySpan<double> samples, IReadOnlyList<Zone> zones)
    {
        var seconds = new int[zones.Count];
        int below = 0, noData = 0;
        foreach (var sample in samples)
        {
            if (!double.IsFinite(sample) || sample <= 0)
            {
                noData++;
                continue;
            }

            var zone = -1;
            for (var z = 0; z < zones.Count; z++)
            {
                if (sample >= (zones[z].Low ?? double.NegativeInfinity))
                {
                    zone = z;
                }
            }

            if (zone < 0)
            {
                below++;
            }
            else
            {
                seconds[zone]++;
            }
        }

        return new ZoneTimes([.. zones.Select((z, i) => new ZoneSeconds(z, seconds[i]))], below, noData);
    }
}
