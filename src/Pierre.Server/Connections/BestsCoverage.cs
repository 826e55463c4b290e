using Pierre.Server.Data.Entities;

namespace Pierre.Server.Connections;

/// <summary>The stored bests found or computed for the activities asked about; fewer than asked when the stream cap was reached.</summary>
internal sealed record BestsCoverage(IReadOnlyList<ActivityBests> Bests, int Asked)
{
    public int Covered => Bests.Count;

    public bool IsPartial => Covered < Asked;
}
