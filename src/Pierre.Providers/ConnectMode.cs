namespace Pierre.Providers;

/// <summary>How a user connects a provider; OAuth joins with the first provider that needs it.</summary>
public enum ConnectMode
{
    /// <summary>Connected as soon as asked, with no account elsewhere.</summary>
    Immediate,
}
