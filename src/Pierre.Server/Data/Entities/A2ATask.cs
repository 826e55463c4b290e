namespace Pierre.Server.Data.Entities;

/// <summary>
/// An A2A task: one tool run for a user (and, when an agent asked, that agent), its state and its result. Tasks expire
/// after <c>PIERRE_A2A_TASK_TTL_HOURS</c>.
/// </summary>
internal sealed class A2ATask : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The agent that created the task; null for the user's own credentials.</summary>
    public Guid? AgentId { get; set; }
    public required string ContextId { get; set; }
    public A2ATaskState State { get; set; }
    public required string ToolName { get; set; }

    /// <summary>The request message as received, in Pierre's neutral form (JSON).</summary>
    public required string RequestJson { get; set; }

    /// <summary>The agent's last status message: progress, the failure or the refusal.</summary>
    public string? StatusText { get; set; }

    /// <summary>The tool's structured result (JSON), when it has one.</summary>
    public string? ResultJson { get; set; }

    /// <summary>The tool's compact text answer.</summary>
    public string? ResultText { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}

internal enum A2ATaskState
{
    Submitted = 0,
    Working = 1,
    Completed = 2,
    Failed = 3,
    Canceled = 4,
    Rejected = 5,
}
