namespace Pierre.Server.Dashboard;

internal static class NearestRank
{
    /// <summary>The p-th percentile by nearest rank: the value at rank ⌈p/100 · n⌉ of <paramref name="sorted"/> (ascending), null when empty.</summary>
    public static int? Percentile(IReadOnlyList<int> sorted, int p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
