namespace Pierre.Providers;

/// <summary>
/// One page of activities that started strictly after <see cref="After"/> and strictly before <see cref="Before"/>
/// (either open when null), newest first; pages count from 1, as in the providers' own APIs.
/// </summary>
public sealed record ActivityQuery(DateTimeOffset? After = null, DateTimeOffset? Before = null, int Page = 1, int PerPage = ActivityQuery.MaxPerPage)
{
    /// <summary>The largest page the providers serve (Strava's limit).</summary>
    public const int MaxPerPage = 200;

    public int Page { get; } = Page >= 1 ? Page : throw new ArgumentOutOfRangeException(nameof(Page), Page, "pages count from 1");

    public int PerPage { get; } = PerPage is >= 1 and <= MaxPerPage
        ? PerPage
        : throw new ArgumentOutOfRangeException(nameof(PerPage), PerPage, $"a page holds 1 to {MaxPerPage} activities");
}
