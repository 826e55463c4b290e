namespace Pierre.Server.Data.Entities;

/// <summary>A user's training goal, read by the goal tools as a <c>Pierre.Fitness.Goals.GoalSpec</c>.</summary>
internal sealed class Goal : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Title { get; set; }

    /// <summary>distance, time, frequency or race.</summary>
    public required string GoalType { get; set; }

    /// <summary>run, ride or swim; null counts every sport (time and frequency goals).</summary>
    public string? SportType { get; set; }

    /// <summary>In <see cref="Unit"/>: km, h, sessions/week, or the race's finish time in s.</summary>
    public double TargetValue { get; set; }
    public required string Unit { get; set; }
    public double? RaceDistanceMeters { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly TargetDate { get; set; }

    /// <summary>active, achieved or cancelled.</summary>
    public required string Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateOnly? AchievedOn { get; set; }
}
