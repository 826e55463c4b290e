namespace Pierre.Server.Analysis;

/// <summary>
/// One activity against a baseline: <paramref name="CompareTo"/> similar (the default), personal_best or average, or
/// another activity (<paramref name="OtherActivityId"/>); not both.
/// </summary>
internal sealed record CompareRequest(string ActivityId, string? CompareTo, string? OtherActivityId, string? Provider)
{
    public static readonly string[] Baselines = ["similar", "personal_best", "average"];
}
