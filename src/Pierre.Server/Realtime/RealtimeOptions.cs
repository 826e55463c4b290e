using Pierre.Server.Auth;

namespace Pierre.Server.Realtime;

/// <summary>Timings and limits of <c>/ws</c>; the defaults suit production, tests shorten them.</summary>
internal sealed class RealtimeOptions
{
    /// <summary>How often each socket's credential is checked again; the live state it reads is itself this fresh.</summary>
    public TimeSpan RevalidationPeriod { get; set; } = LiveCredentials.Lifetime;

    /// <summary>How long a socket opened without a credential has to send its <c>auth</c> message.</summary>
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the server pings; a peer that has not answered within <see cref="KeepAliveTimeout"/> is dropped.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long the server waits for the client's answer to its close frame before dropping the connection.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Events waiting for one slow socket; beyond this the oldest are dropped, so publishers never wait.</summary>
    public int SendQueueCapacity { get; set; } = 64;

    /// <summary>The largest message a client may send (an <c>auth</c> message with a JWT, a <c>ping</c>).</summary>
    public int MaxMessageBytes { get; set; } = 8 * 1024;
}
