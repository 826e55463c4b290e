using System.Text.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

/// <summary>A2A 1.0: PascalCase methods, ProtoJSON enums (<c>TASK_STATE_COMPLETED</c>), flattened parts, wrapped results.</summary>
internal sealed class A2AWireV1 : A2AWire
{
    public static readonly A2AWireV1 Instance = new();

    private static readonly Dictionary<string, A2AMethod> Methods = new(StringComparer.Ordinal)
    {
        ["SendMessage"] = A2AMethod.SendMessage,
        ["SendStreamingMessage"] = A2AMethod.SendStreamingMessage,
        ["GetTask"] = A2AMethod.GetTask,
        ["ListTasks"] = A2AMethod.ListTasks,
        ["CancelTask"] = A2AMethod.CancelTask,
        ["SubscribeToTask"] = A2AMethod.SubscribeToTask,
    };

    public override string Version => "1.0";

    public override A2AMethod? Method(string name) => Methods.TryGetValue(name, out var method) ? method : null;

    public override string? OtherVersionsMethod(string name) => A2AWireV03.Instance.Method(name) is { } method
        ? Methods.Single(m => m.Value == method).Key
        : null;

    public override A2APart ReadPart(JsonElement part)
    {
        if (Property(part, "text", out var text))
        {
            return text.ValueKind == JsonValueKind.String ? A2APart.OfText(text.GetString()!) : throw A2AException.InvalidParams("a text part's text must be a string");
        }

        if (Property(part, "data", out var data))
        {
            return A2APart.OfData(data.Clone());
        }

        if (Property(part, "url", out _) || Property(part, "raw", out _))
        {
            throw A2AException.ContentTypeNotSupported("file parts (url, raw) are not supported: send a data part {\"tool\": …, \"arguments\": {…}}");
        }

        throw A2AException.InvalidParams("a part needs text or data");
    }

    public override JsonObject Part(A2APart part) => part.Data is { } data
        ? new JsonObject { ["data"] = JsonNode.Parse(data.GetRawText()), ["mediaType"] = A2AMediaTypes.Json }
        : new JsonObject { ["text"] = part.Text };

    public override string State(A2ATaskState state) => state switch
    {
        A2ATaskState.Submitted => "TASK_STATE_SUBMITTED",
        A2ATaskState.Working => "TASK_STATE_WORKING",
        A2ATaskState.Completed => "TASK_STATE_COMPLETED",
        A2ATaskState.Failed => "TASK_STATE_FAILED",
        A2ATaskState.Canceled => "TASK_STATE_CANCELED",
        A2ATaskState.Rejected => "TASK_STATE_REJECTED",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "a task state without a name"),
    };

    /// <summary>Absent, unspecified or unrecognised means every state.</summary>
    public override A2ATaskState? StateFilter(JsonElement parameters)
    {
        if (!Property(parameters, "status", out var status))
        {
            return null;
        }

        var name = status.ValueKind == JsonValueKind.String ? status.GetString() : throw A2AException.InvalidParams("status must be a task state name");
        if (name is "TASK_STATE_UNSPECIFIED" or "UNRECOGNIZED")
        {
            return null;
        }

        return Enum.GetValues<A2ATaskState>().Where(s => State(s) == name).Select(s => (A2ATaskState?)s).FirstOrDefault()
            ?? throw A2AException.InvalidParams($"status '{name}' is not a task state Pierre uses");
    }

    public override JsonNode SendResult(JsonObject task) => new JsonObject { ["task"] = task };

    public override JsonNode TaskEvent(JsonObject task) => new JsonObject { ["task"] = task };

    public override JsonNode StatusEvent(A2ATask task) => new JsonObject
    {
        ["statusUpdate"] = new JsonObject { ["taskId"] = task.Id.ToString(), ["contextId"] = task.ContextId, ["status"] = Status(task) },
    };

    public override JsonNode ArtifactEvent(A2ATask task) => new JsonObject
    {
        ["artifactUpdate"] = new JsonObject
        {
            ["taskId"] = task.Id.ToString(), ["contextId"] = task.ContextId, ["artifact"] = Artifact(task), ["lastChunk"] = true,
        },
    };

    public override JsonNode? ErrorData(A2AException error) => error.Reason.Length == 0
        ? null
        : new JsonArray(new JsonObject
        {
            ["@type"] = "type.googleapis.com/google.rpc.ErrorInfo", ["reason"] = error.Reason, ["domain"] = "a2a-protocol.org",
        });

    protected override bool IsUserRole(JsonElement role) =>
        role.ValueKind == JsonValueKind.String ? role.GetString() == "ROLE_USER" : role.ValueKind == JsonValueKind.Number && role.TryGetInt32(out var n) && n == 1;

    protected override string Role(bool agent) => agent ? "ROLE_AGENT" : "ROLE_USER";

    protected override bool ReturnImmediately(JsonElement configuration) =>
        Property(configuration, "returnImmediately", out var value) && value.ValueKind == JsonValueKind.True;
}
