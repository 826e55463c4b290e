using Pierre.Providers;

namespace Pierre.Server.Connections;

/// <summary>What the server says about one installed provider: its name, whether it can be connected here, and how.</summary>
internal sealed record InstalledProvider(string Name, bool Configured, ConnectMode Connects);
