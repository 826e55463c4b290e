using Pierre.Fitness.Model;

namespace Pierre.Server.Connections;

/// <summary>What a sleep source gave: the provider read (null when none is connected) and the night (null when it recorded none).</summary>
internal sealed record SleepReading(string? Provider, SleepSession? Night);
