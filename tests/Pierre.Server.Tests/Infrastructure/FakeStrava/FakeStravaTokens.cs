using System.Security.Cryptography;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>
/// The fake's grants: single-use codes, access tokens valid until they expire on the fake's clock, refresh tokens
/// that are replaced on refresh when rotation is on. One lock: the fake serves few requests.
/// </summary>
internal sealed class FakeStravaTokens(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlySet<string>> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset ExpiresAt, IReadOnlySet<string> Scopes)> _access = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _refresh = new(StringComparer.Ordinal);
    private readonly List<string> _issued = [];

    /// <summary>Every code and token ever issued, for tests that look for one where it must not be.</summary>
    public IReadOnlyList<string> Issued
    {
        get
        {
            lock (_gate)
            {
                return [.. _issued];
            }
        }
    }

    public string IssueCode(IReadOnlySet<string> scopes)
    {
        var code = New("code");
        lock (_gate)
        {
            _codes[code] = scopes;
            _issued.Add(code);
        }

        return code;
    }

    /// <summary>The new access and refresh tokens for a code, or null when it is unknown or already used.</summary>
    public Grant? Redeem(string code, TimeSpan lifetime)
    {
        lock (_gate)
        {
            return _codes.Remove(code, out var scopes) ? Issue(scopes, lifetime, refreshToken: null) : null;
        }
    }

    /// <summary>A new access token for a refresh token (rotated when asked), or null when it is unknown or revoked.</summary>
    public Grant? Refresh(string refreshToken, TimeSpan lifetime, bool rotate)
    {
        lock (_gate)
        {
            if (!_refresh.TryGetValue(refreshToken, out var scopes))
            {
                return null;
            }

            if (rotate)
            {
                _refresh.Remove(refreshToken);
            }

            return Issue(scopes, lifetime, rotate ? null : refreshToken);
        }
    }

    /// <summary>The scopes of a valid, unexpired access token, or null.</summary>
    public IReadOnlySet<string>? Validate(string accessToken)
    {
        lock (_gate)
        {
            return _access.TryGetValue(accessToken, out var grant) && clock.GetUtcNow() < grant.ExpiresAt ? grant.Scopes : null;
        }
    }

    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            _access.Clear();
        }
    }

    public void RevokeAll()
    {
        lock (_gate)
        {
            _codes.Clear();
            _access.Clear();
            _refresh.Clear();
        }
    }

    private Grant Issue(IReadOnlySet<string> scopes, TimeSpan lifetime, string? refreshToken)
    {
        var expiresAt = clock.GetUtcNow() + lifetime;
        var access = New("at");
        var refresh = refreshToken ?? New("rt");
        _access[access] = (expiresAt, scopes);
        _refresh[refresh] = scopes;
        _issued.Add(access);
        _issued.Add(refresh);
        return new Grant(access, refresh, expiresAt, scopes);
    }

    private static string New(string kind) => $"fake-{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

    public sealed record Grant(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, IReadOnlySet<string> Scopes);
}
