using Pierre.Fitness.Model;

namespace Pierre.Server.Activities;

/// <summary>A page of the caller's activities, newest first, optionally only those started in a window or of one sport.</summary>
internal sealed record ActivityListRequest(string? Provider, int Limit, int Offset, DateTimeOffset? Before, DateTimeOffset? After, Sport? Sport)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;
    public const int MaxOffset = 100_000;
}
