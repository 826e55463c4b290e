namespace Pierre.Fitness.Zones;

/// <summary>Coggan's seven power zones as % of FTP (Allen &amp; Coggan 2010): ≤55, 56–75, 76–90, 91–105, 106–120, 121–150, &gt;150.</summary>
public static class PowerZones
{
    private static readonly (string Name, double? Low, double? High)[] Bands =
    [
        ("Active recovery", null, 0.55), ("Endurance", 0.55, 0.75), ("Tempo", 0.75, 0.90), ("Lactate threshold", 0.90, 1.05),
        ("VO2max", 1.05, 1.20), ("Anaerobic capacity", 1.20, 1.50), ("Neuromuscular", 1.50, null),
    ];

    /// <summary>The seven zones in watts; null unless 30 &lt; FTP &lt; 700 W.</summary>
    public static IReadOnlyList<Zone>? Coggan(double ftpWatts) =>
        ftpWatts is <= 30 or >= 700
            ? null
            : [.. Bands.Select((b, i) => new Zone(i + 1, b.Name, b.Low * ftpWatts is { } low ? Math.Round(low, MidpointRounding.AwayFromZero) : null, b.High * ftpWatts is { } high ? Math.Round(high, MidpointRounding.AwayFromZero) : null))];
}
