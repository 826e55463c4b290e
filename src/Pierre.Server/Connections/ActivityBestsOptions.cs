namespace Pierre.Server.Connections;

/// <summary>How far one request may go to fill in missing stored bests.</summary>
internal sealed class ActivityBestsOptions
{
    /// <summary>
    /// The most activities whose streams one call reads to compute bests: each is a provider request, and Strava allows
    /// 100 for the whole app every 15 minutes. The rest are computed by later calls; results say they rest on part of the data.
    /// </summary>
    public int MaxStreamReadsPerCall { get; set; } = 12;
}
