namespace Pierre.Server.Analysis;

/// <summary>One of the caller's activities (an id from the activity list), read from a provider (null: the default).</summary>
internal sealed record ActivityRequest(string ActivityId, string? Provider);
