using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tenants;

/// <summary>An invitation's status as listed; only <see cref="Pending"/> can still be used or revoked.</summary>
internal static class InvitationStatus
{
    public const string Pending = "pending";
    public const string Used = "used";
    public const string Revoked = "revoked";
    public const string Expired = "expired";

    public static string Of(Invitation invitation, DateTime now) => invitation switch
    {
        { UsedAt: not null } => Used,
        { RevokedAt: not null } => Revoked,
        _ when invitation.ExpiresAt <= now => Expired,
        _ => Pending,
    };
}
