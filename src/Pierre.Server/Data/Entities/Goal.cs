namespace Pierre.Server.Data.Entities;

internal sealed class Goal : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Title { get; set; }

    /// <summary>distance, time, frequency or race.</summary>
    public required string GoalType { get; set; }
    public string? SportType { get; set; }
    public double TargetValue { get; set; }
    public DateTime? TargetDate { get; set; }
    public required string Status { get; set; }
    public DateTime CreatedAt { get; set; }
}
