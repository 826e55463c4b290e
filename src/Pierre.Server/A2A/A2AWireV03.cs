using System.Text.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

/// <summary>A2A 0.3: slash-separated methods, lowercase states, parts and results typed by <c>kind</c>.</summary>
internal sealed class A2AWireV03 : A2AWire
{
    public static readonly A2AWireV03 Instance = new();

    private static readonly Dictionary<string, A2AMethod> Methods = new(StringComparer.Ordinal)
    {
        ["message/send"] = A2AMethod.SendMessage,
        ["message/stream"] = A2AMethod.SendStreamingMessage,
        ["tasks/get"] = A2AMethod.GetTask,
        ["tasks/cancel"] = A2AMethod.CancelTask,
        ["tasks/resubscribe"] = A2AMethod.SubscribeToTask,
    };

    public override string Version => "0.3";

    public override A2AMethod? Method(string name) => Methods.TryGetValue(name, out var method) ? method : null;

    public override string? OtherVersionsMethod(string name) => A2AWireV1.Instance.Method(name) is { } method
        ? Methods.Where(m => m.Value == method).Select(m => m.Key).FirstOrDefault() ?? $"{name} (1.0 only)"
        : null;

    public override A2APart ReadPart(JsonElement part)
    {
        var kind = Property(part, "kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        switch (kind)
        {
            case "text" when Property(part, "text", out var text) && text.ValueKind == JsonValueKind.String:
                return A2APart.OfText(text.GetString()!);
            case "data" when Property(part, "data", out var data):
                return A2APart.OfData(data.Clone());
            case "file":
                throw A2AException.ContentTypeNotSupported("file parts are not supported: send a data part {\"kind\": \"data\", \"data\": {\"tool\": …, \"arguments\": {…}}}");
            default:
                throw A2AException.InvalidParams("a part needs kind text (with text) or data (with data)");
        }
    }

    public override JsonObject Part(A2APart part) => part.Data is { } data
        ? new JsonObject { ["kind"] = "data", ["data"] = JsonNode.Parse(data.GetRawText()) }
        : new JsonObject { ["kind"] = "text", ["text"] = part.Text };

    public override string State(A2ATaskState state) => state.ToString().ToLowerInvariant();

    public override JsonNode SendResult(JsonObject task) => task;

    public override JsonNode TaskEvent(JsonObject task) => task;

    public override JsonNode StatusEvent(A2ATask task) => new JsonObject
    {
        ["kind"] = "status-update",
        ["taskId"] = task.Id.ToString(),
        ["contextId"] = task.ContextId,
        ["status"] = Status(task),
        ["final"] = A2ATaskStates.IsTerminal(task.State),
    };

    public override JsonNode ArtifactEvent(A2ATask task) => new JsonObject
    {
        ["kind"] = "artifact-update",
        ["taskId"] = task.Id.ToString(),
        ["contextId"] = task.ContextId,
        ["artifact"] = Artifact(task),
        ["append"] = false,
        ["lastChunk"] = true,
    };

    public override JsonNode? ErrorData(A2AException error) => null;

    protected override bool IsUserRole(JsonElement role) => role.ValueKind == JsonValueKind.String && role.GetString() == "user";

    protected override string Role(bool agent) => agent ? "agent" : "user";

    protected override bool ReturnImmediately(JsonElement configuration) =>
        Property(configuration, "blocking", out var value) && value.ValueKind == JsonValueKind.False;

    protected override JsonObject Kind(JsonObject value, string kind)
    {
        value["kind"] = kind;
        return value;
    }
}
