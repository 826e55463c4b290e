namespace Pierre.Providers;

/// <summary>How a user connects a provider.</summary>
public enum ConnectMode
{
    /// <summary>Connected as soon as asked, with no account elsewhere.</summary>
    Immediate,

    /// <summary>Connected after the user grants access at the provider (OAuth 2.0 authorization code).</summary>
    OAuth,
}
