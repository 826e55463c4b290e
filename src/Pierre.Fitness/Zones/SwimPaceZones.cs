namespace Pierre.Fitness.Zones;

/// <summary>
/// Swim pace zones from critical swim speed (CSS, s per 100 m; Wakayoshi et al. 1992). The anchor paces are Swim
/// Smooth's CSS system (Swim Smooth, "Understanding Swim Training Zones", blog.swimsmooth.com): easy at CSS + 8–10 s,
/// steady at CSS + 6 s, threshold sets at CSS. The band edges between anchors (CSS + 3 s, halfway from steady
/// to threshold) are this library's convention. Faster than CSS lies above critical speed, the severe domain
/// (Poole et al. 2016). Bounds are seconds per 100 m, Low = slower end, null when open-ended.
/// </summary>
public static class SwimPaceZones
{
    public const double EasyFromSeconds = 8;
    public const double SteadyAnchorSeconds = 6;
    public const double ThresholdEdgeSeconds = 3;

    public const string Method =
        "swim pace zones from CSS (Wakayoshi et al. 1992): Swim Smooth anchors ('Understanding Swim Training Zones': easy CSS + 8–10 s, "
        + "steady CSS + 6 s, threshold at CSS per 100 m), band edge CSS + 3 s halfway between steady and threshold (this tool's convention); faster than CSS is above critical speed";

    /// <summary>Four zones in s/100 m: easy (CSS + 8 s and slower), steady (CSS + 8 … + 3), threshold (CSS + 3 … CSS), above CSS; null unless 40 ≤ CSS ≤ 400 s/100 m.</summary>
    public static IReadOnlyList<Zone>? FromCss(double cssSecondsPer100Meters)
    {
        if (!double.IsFinite(cssSecondsPer100Meters) || cssSecondsPer100Meters is < 40 or > 400)
        {
            return null;
        }

        double Pace(double offsetSeconds) => Math.Round(cssSecondsPer100Meters + offsetSeconds, 1);
        return
        [
            new Zone(1, "Easy", null, Pace(EasyFromSeconds)),
            new Zone(2, "Steady", Pace(EasyFromSeconds), Pace(ThresholdEdgeSeconds)),
            new Zone(3, "Threshold (CSS)", Pace(ThresholdEdgeSeconds), Pace(0)),
            new Zone(4, "Above CSS", Pace(0), null),
        ];
    }
}
