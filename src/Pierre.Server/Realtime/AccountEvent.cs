namespace Pierre.Server.Realtime;

/// <summary>An admin approved or suspended the user.</summary>
internal sealed record AccountEvent(string Type, DateTimeOffset At) : RealtimeEvent(Type)
{
    public static AccountEvent Approved(DateTimeOffset at) => new("account_approved", at);

    public static AccountEvent Suspended(DateTimeOffset at) => new("account_suspended", at);
}
