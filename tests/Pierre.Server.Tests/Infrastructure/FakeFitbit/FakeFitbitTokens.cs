using System.Security.Cryptography;
using System.Text;

namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>The fake's authorization codes and tokens: codes and refresh tokens are single-use, every refresh rotates.</summary>
internal sealed class FakeFitbitTokens(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, PendingCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Grant> _access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Grant> _refresh = new(StringComparer.Ordinal);
    private readonly List<string> _issued = [];

    public IReadOnlyList<string> Issued
    {
        get
        {
            lock (_lock)
            {
                return [.. _issued];
            }
        }
    }

    public string NewCode(string userId, IReadOnlySet<string> scopes, string redirectUri, string? challenge)
    {
        var code = Random("code");
        lock (_lock)
        {
            _codes[code] = new PendingCode(userId, scopes, redirectUri, challenge);
            _issued.Add(code);
        }

        return code;
    }

    /// <summary>The code's grant when the code, redirect URI and PKCE verifier all match; the code is spent either way.</summary>
    public Grant? RedeemCode(string code, string? redirectUri, string? verifier)
    {
        PendingCode? pending;
        lock (_lock)
        {
            if (_codes.Remove(code, out pending) is false)
            {
                return null;
            }
        }

        var verified = pending.Challenge is null || (verifier is not null && Challenge(verifier) == pending.Challenge);
        return verified && pending.RedirectUri == redirectUri ? new Grant(pending.UserId, pending.Scopes, DateTimeOffset.MaxValue) : null;
    }

    /// <summary>Spends a refresh token (refused once used or revoked) and returns its grant.</summary>
    public Grant? RedeemRefresh(string refreshToken)
    {
        lock (_lock)
        {
            return _refresh.Remove(refreshToken, out var grant) ? grant : null;
        }
    }

    public (string Access, string Refresh) Issue(Grant grant, TimeSpan lifetime)
    {
        var (access, refresh) = (Random("access"), Random("refresh"));
        lock (_lock)
        {
            _access[access] = grant with { ExpiresAt = clock.GetUtcNow() + lifetime };
            _refresh[refresh] = grant;
            _issued.Add(access);
            _issued.Add(refresh);
        }

        return (access, refresh);
    }

    public Grant? Access(string token)
    {
        lock (_lock)
        {
            return _access.GetValueOrDefault(token);
        }
    }

    /// <summary>Revokes every token of the user that <paramref name="token"/> (access or refresh) belongs to.</summary>
    public void Revoke(string token)
    {
        lock (_lock)
        {
            var user = (_access.GetValueOrDefault(token) ?? _refresh.GetValueOrDefault(token))?.UserId;
            RemoveWhere(g => g.UserId == user);
        }
    }

    public void RevokeAll()
    {
        lock (_lock)
        {
            RemoveWhere(_ => true);
        }
    }

    public void ExpireAll()
    {
        lock (_lock)
        {
            foreach (var token in _access.Keys.ToList())
            {
                _access[token] = _access[token] with { ExpiresAt = clock.GetUtcNow().AddSeconds(-1) };
            }
        }
    }

    /// <summary>PKCE S256: BASE64URL(SHA-256(ASCII(verifier))), RFC 7636 §4.2.</summary>
    public static string Challenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void RemoveWhere(Func<Grant, bool> match)
    {
        foreach (var key in _access.Where(p => match(p.Value)).Select(p => p.Key).ToList())
        {
            _access.Remove(key);
        }

        foreach (var key in _refresh.Where(p => match(p.Value)).Select(p => p.Key).ToList())
        {
            _refresh.Remove(key);
        }
    }

    private static string Random(string kind) => $"{kind}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant()}";

    internal sealed record PendingCode(string UserId, IReadOnlySet<string> Scopes, string RedirectUri, string? Challenge);

    internal sealed record Grant(string UserId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt);
}
