namespace Pierre.Server.Connections;

/// <summary>The user's chosen default provider after a change (null: Pierre picks).</summary>
internal sealed record DefaultProviderSet(string? Provider, string Message);
