using Pierre.Fitness.Model;

namespace Pierre.Server.Activities;

/// <summary>One page of the activities that matched, and where the next page starts.</summary>
internal sealed record ActivityPage(string Provider, int Total, int Offset, int Limit, IReadOnlyList<Activity> Activities)
{
    public bool HasMore => Offset + Activities.Count < Total;

    public int? NextOffset => HasMore ? Offset + Activities.Count : null;
}
