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

    /// <summary>ACWR bands (Gabbett 2016): 0.8–1.3 is the sweet spot, above 1.5 the injury risk climbs.</summary>
    public static string AcuteChronic(double? ratio) => ratio switch
    {
        null => "not enough history",
        < 0.8 => "under-training relative to your base",
        <= 1.3 => "sweet spot",
        <= 1.5 => "caution: load rising fast",
        _ => "high injury risk: load spiked",
    };
}
