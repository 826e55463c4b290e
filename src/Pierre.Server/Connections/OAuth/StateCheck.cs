namespace Pierre.Server.Connections.OAuth;

/// <summary>What a callback's <c>state</c> turned out to be.</summary>
internal enum StateCheck
{
    Valid,
    Unknown,
    Expired,
}
