using System.Security.Claims;
using Pierre.Server.Auth;

namespace Pierre.Server.Realtime;

/// <summary>
/// The outcome of signing a socket in: a live caller (and the principal to re-check), no credential at all, or a
/// refusal with its reason; <see cref="Forbidden"/> when the credential is valid but may not open live updates.
/// </summary>
internal sealed record SocketSignIn(ClaimsPrincipal? Principal, Caller? Caller, string? Refusal, bool Forbidden = false)
{
    public static readonly SocketSignIn None = new(null, null, null);

    public static SocketSignIn Admitted(ClaimsPrincipal principal, Caller caller) => new(principal, caller, null);

    public static SocketSignIn Refused(string reason, bool forbidden = false) => new(null, null, reason, forbidden);
}
