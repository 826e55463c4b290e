namespace Pierre.Server.Mcp;

/// <summary>What a tool is about. A2A shows one skill per group, and an agent may be granted whole groups.</summary>
internal enum ToolGroup
{
    Connections,
    Data,
    Analysis,
    Goals,
    Configuration,
    Recovery,
    Nutrition,
}

/// <summary>How each <see cref="ToolGroup"/> is named and described to other agents, with example requests.</summary>
internal sealed record ToolGroupInfo(ToolGroup Group, string Id, string Name, string Description, IReadOnlyList<string> Examples)
{
    public static readonly IReadOnlyList<ToolGroupInfo> All =
    [
        new(ToolGroup.Connections, "connections", "Provider connections",
            "Connect, inspect and disconnect fitness data sources (Strava, Fitbit, the synthetic demo athlete) and choose the default one.",
            ["""{"tool":"connect_provider","arguments":{"provider":"synthetic"}}""", "Which providers am I connected to?"]),
        new(ToolGroup.Data, "data", "Activities and athlete data",
            "List activities with filters and paging, read the athlete's profile and totals.",
            ["""{"tool":"get_activities","arguments":{"limit":5,"format":"compact"}}""", "Show my last five runs."]),
        new(ToolGroup.Analysis, "analysis", "Training analysis",
            "Training load (CTL, ATL, TSB), fitness score, zones, critical power, race predictions, trends, patterns, comparisons and recommendations.",
            ["""{"tool":"analyze_training_load","arguments":{}}""", """{"tool":"predict_performance","arguments":{"target_distance_m":42195}}""", "How is my training load?"]),
        new(ToolGroup.Goals, "goals", "Goals",
            "Set goals, track progress, suggest goals and judge whether a goal is feasible.",
            ["""{"tool":"suggest_goals","arguments":{}}""", "Can I run a sub-3:30 marathon in 16 weeks?"]),
        new(ToolGroup.Configuration, "configuration", "Physiological configuration",
            "Read and update the athlete's thresholds and profile settings, with validation and named profiles.",
            ["""{"tool":"get_user_configuration","arguments":{}}""", "Set my FTP to 260 W."]),
        new(ToolGroup.Recovery, "recovery", "Recovery and sleep",
            "Recovery score, rest-day advice and sleep quality.",
            ["""{"tool":"calculate_recovery_score","arguments":{}}""", "Should I rest today?"]),
        new(ToolGroup.Nutrition, "nutrition", "Nutrition",
            "Daily energy and macronutrient needs for the athlete's training.",
            ["""{"tool":"calculate_daily_nutrition","arguments":{}}""", "How much should I eat on a long-run day?"]),
    ];

    public static ToolGroupInfo Of(ToolGroup group) => All[(int)group];

    public static ToolGroupInfo? ById(string id) => All.FirstOrDefault(g => g.Id == id);
}
