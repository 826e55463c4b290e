using System.Text.Json.Nodes;
using Pierre.Server.Configuration;
using Pierre.Server.Hosting;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// The agent card, built once: the 1.0 card (ProtoJSON: <c>supportedInterfaces</c>, typed security schemes) for
/// clients that send <c>A2A-Version: 1.0</c>, and the 0.3 card (<c>url</c>, <c>preferredTransport</c>) for the others.
/// Both carry the 0.3 <c>url</c> and <c>preferredTransport</c>, and one skill per tool group.
/// </summary>
internal sealed class AgentCard
{
    public const string WellKnownPath = "/.well-known/agent-card.json";
    private const string Description =
        "Pierre answers questions about an athlete's training from Strava, Fitbit or a synthetic demo athlete: activities, training load, "
        + "race predictions, zones, recovery, goals and nutrition. Each message runs one tool: send a data part {\"tool\": \"<name>\", \"arguments\": {…}}; "
        + "POST /a2a/tools lists the tools with their arguments.";

    private readonly string _v1Json;
    private readonly string _v03Json;

    public AgentCard(ServerConfig config, ToolCatalog catalog)
    {
        var endpoint = new Uri(config.BaseUrl, "/a2a").ToString();
        var skills = ToolGroupInfo.All
            .Select(g => (Group: g, Tools: catalog.Names.Where(n => catalog.ByName[n].Group == g.Group).ToList()))
            .Where(s => s.Tools.Count > 0)
            .ToList();
        JsonArray Skills() => new([.. skills.Select(s => (JsonNode)new JsonObject
        {
            ["id"] = s.Group.Id,
            ["name"] = s.Group.Name,
            ["description"] = $"{s.Group.Description} Tools: {string.Join(", ", s.Tools)}.",
            ["tags"] = new JsonArray([.. s.Tools.Select(t => (JsonNode)t)]),
            ["examples"] = new JsonArray([.. s.Group.Examples.Select(e => (JsonNode)e)]),
            ["inputModes"] = new JsonArray(A2AMediaTypes.Json),
            ["outputModes"] = new JsonArray(A2AMediaTypes.Json, A2AMediaTypes.Text),
        })]);
        JsonObject Common() => new()
        {
            ["name"] = "Pierre",
            ["description"] = Description,
            ["version"] = ServerVersion.Current,
            ["url"] = endpoint,
            ["preferredTransport"] = "JSONRPC",
            ["provider"] = new JsonObject { ["organization"] = "Pierre", ["url"] = config.BaseUrl.ToString() },
            ["defaultInputModes"] = new JsonArray(A2AMediaTypes.Json, A2AMediaTypes.Text),
            ["defaultOutputModes"] = new JsonArray(A2AMediaTypes.Json, A2AMediaTypes.Text),
            ["skills"] = Skills(),
        };

        var v1 = Common();
        v1["supportedInterfaces"] = new JsonArray(Interface(endpoint, "1.0"), Interface(endpoint, "0.3"));
        v1["capabilities"] = new JsonObject { ["streaming"] = true, ["pushNotifications"] = false, ["extendedAgentCard"] = false };
        v1["securitySchemes"] = new JsonObject
        {
            ["apiKey"] = new JsonObject { ["apiKeySecurityScheme"] = new JsonObject { ["location"] = "header", ["name"] = "X-API-Key", ["description"] = KeyDescription } },
            ["bearer"] = new JsonObject { ["httpAuthSecurityScheme"] = new JsonObject { ["scheme"] = "Bearer", ["description"] = BearerDescription } },
        };
        v1["securityRequirements"] = new JsonArray(Requirement("apiKey"), Requirement("bearer"));

        var v03 = Common();
        v03["protocolVersion"] = "0.3.0";
        v03["additionalInterfaces"] = new JsonArray(new JsonObject { ["url"] = endpoint, ["transport"] = "JSONRPC" });
        v03["capabilities"] = new JsonObject { ["streaming"] = true, ["pushNotifications"] = false };
        v03["supportsAuthenticatedExtendedCard"] = false;
        v03["securitySchemes"] = new JsonObject
        {
            ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-API-Key", ["description"] = KeyDescription },
            ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = BearerDescription },
        };
        v03["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["bearer"] = new JsonArray() });
        _v1Json = v1.ToJsonString();
        _v03Json = v03.ToJsonString();
    }

    private const string KeyDescription = "An A2A agent's API key from POST /a2a/register, or a user's own pk_ key";
    private const string BearerDescription = "The same API key, or a Pierre access token, as Authorization: Bearer";

    /// <summary>The card for a request's <c>A2A-Version</c>: 1.0 gets the 1.0 card, anything else the 0.3 one.</summary>
    public string For(string? version) => A2AJsonRpcEndpoint.IsVersion10(version) ? _v1Json : _v03Json;

    private static JsonObject Interface(string url, string version) =>
        new() { ["url"] = url, ["protocolBinding"] = "JSONRPC", ["protocolVersion"] = version };

    private static JsonObject Requirement(string scheme) =>
        new() { ["schemes"] = new JsonObject { [scheme] = new JsonObject { ["list"] = new JsonArray() } } };
}
