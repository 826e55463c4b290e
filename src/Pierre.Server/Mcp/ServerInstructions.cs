using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp;

/// <summary>What the assistant is told at <c>initialize</c>, naming the providers this deployment offers and how each connects.</summary>
internal sealed record ServerInstructions(string Text)
{
    public static string For(ProviderRegistry providers)
    {
        var offered = providers.Installed.Where(p => p.Configured).ToList();
        var immediate = offered.Where(p => p.Connects == ConnectMode.Immediate).Select(p => $"\"{p.Name}\"").ToList();
        var oauth = offered.Where(p => p.Connects == ConnectMode.OAuth).Select(p => $"\"{p.Name}\"").ToList();
        var how = string.Join("; ", new[]
        {
            immediate.Count > 0 ? $"{string.Join(", ", immediate)} connect at once" : null,
            oauth.Count > 0 ? $"{string.Join(", ", oauth)} answer an authorization_url: show it to the user, who opens it and approves access" : null,
        }.Where(s => s is not null));
        return "Pierre reads the user's fitness data. Start with get_connection_status; if nothing is connected, call connect_provider "
            + $"({how}; synthetic is a demo athlete). Then use get_activities (format \"compact\" saves tokens), get_stats and get_athlete.";
    }
}
