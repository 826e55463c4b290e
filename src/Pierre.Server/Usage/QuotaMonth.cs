namespace Pierre.Server.Usage;

/// <summary>Quotas count calendar months in UTC: the month a moment falls in starts here and resets a month later.</summary>
internal static class QuotaMonth
{
    public static DateTime StartOf(DateTime utcNow) => new(utcNow.Year, utcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc);
}
