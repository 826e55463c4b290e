namespace Pierre.Server.Activities;

/// <summary>A request that only says which connected provider to read: an installed provider's name, or null for the default.</summary>
internal sealed record ProviderRequest(string? Provider);
