namespace Pierre.Fitness.Recovery;

/// <summary>Where the 7-day rolling mean of ln rMSSD sits against the baseline ± the smallest worthwhile change.</summary>
public enum HrvStatus
{
    BelowNormal,
    WithinNormal,
    AboveNormal,
}
