namespace Pierre.Fitness.Load;

/// <summary>Plain-language bands for form (TSB) and the acute:chronic ratio.</summary>
public static class LoadStatus
{
    /// <summary>TSB bands after Friel/Coggan's performance-manager guidance.</summary>
    public static string Form(double tsb) => tsb switch
    {
        > 25 => "very fresh: fitness may be fading",
        > 5 => "fresh: ready to race",
        > -10 => "neutral",
        > -30 => "productive training",
        _ => "overreaching risk: plan recovery",
    };

    /// <summary>
    /// ACWR bands (Gabbett 2016; Williams et al. 2017 for the EWMA ratio). The bands are associations seen in team-sport
    /// cohorts, not a measured injury risk for this athlete: 0.8–1.3 is the range those studies associated with the
    /// fewest injuries, above 1.5 the range associated with more.
    /// </summary>
    public static string AcuteChronic(double? ratio) => ratio switch
    {
        null => "not enough history",
        < 0.8 => "load low relative to your base",
        <= 1.3 => "within 0.8–1.3, the range team-sport studies associate with the fewest injuries",
        <= 1.5 => "load rising fast (1.3–1.5)",
        _ => "load spike: above 1.5, a range team-sport studies associate with more injuries",
    };

    /// <summary>What the ACWR bands are, for results and tool descriptions.</summary>
    public const string AcuteChronicBands =
        "bands 0.8–1.3 and > 1.5 are associations from team-sport studies (Gabbett 2016), not a measured injury risk for one athlete";
}
