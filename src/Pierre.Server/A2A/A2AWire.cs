using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

/// <summary>
/// How one A2A protocol version spells methods, parts, states and results (<see cref="A2AWireV1"/>,
/// <see cref="A2AWireV03"/>); what both share — the shape of a task, the checks on a request — lives here.
/// </summary>
internal abstract class A2AWire
{
    public static readonly JsonSerializerOptions StoreJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public const string ArtifactId = "result";

    public abstract string Version { get; }

    public abstract A2AMethod? Method(string name);

    /// <summary>The method's name in the other version, so a mismatch can say which header to send.</summary>
    public abstract string? OtherVersionsMethod(string name);

    public abstract A2APart ReadPart(JsonElement part);

    public abstract JsonObject Part(A2APart part);

    public abstract string State(A2ATaskState state);

    /// <summary>A <c>ListTasks</c> status filter; null for every state (and in versions without ListTasks).</summary>
    public virtual A2ATaskState? StateFilter(JsonElement parameters) => null;

    public abstract JsonNode SendResult(JsonObject task);

    public abstract JsonNode TaskEvent(JsonObject task);

    public abstract JsonNode StatusEvent(A2ATask task);

    public abstract JsonNode ArtifactEvent(A2ATask task);

    /// <summary>The <c>data</c> of an error response, where the version has one.</summary>
    public abstract JsonNode? ErrorData(A2AException error);

    protected abstract bool IsUserRole(JsonElement role);

    protected abstract string Role(bool agent);

    protected abstract bool ReturnImmediately(JsonElement configuration);

    /// <summary>Adds the version's type marker (0.3's <c>kind</c>) to an object.</summary>
    protected virtual JsonObject Kind(JsonObject value, string kind) => value;

    public A2ASendRequest ReadSend(JsonElement parameters)
    {
        if (!Property(parameters, "message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            throw A2AException.InvalidParams("params.message is required: a message with a data part {\"tool\": …, \"arguments\": {…}}");
        }

        var messageId = OptionalString(message, "messageId", 200)
            ?? throw A2AException.InvalidParams("params.message.messageId is required");
        if (!Property(message, "role", out var role) || !IsUserRole(role))
        {
            throw A2AException.InvalidParams($"params.message.role must be {Role(agent: false)}");
        }

        if (!Property(message, "parts", out var parts) || parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() == 0)
        {
            throw A2AException.InvalidParams("params.message.parts must be a non-empty array");
        }

        var read = new List<A2APart>();
        foreach (var part in parts.EnumerateArray())
        {
            read.Add(part.ValueKind == JsonValueKind.Object ? ReadPart(part) : throw A2AException.InvalidParams("every part must be an object"));
        }

        var returnImmediately = false;
        IReadOnlyList<string> accepted = [];
        int? historyLength = null;
        if (Property(parameters, "configuration", out var configuration) && configuration.ValueKind == JsonValueKind.Object)
        {
            returnImmediately = ReturnImmediately(configuration);
            accepted = StringArray(configuration, "acceptedOutputModes");
            historyLength = HistoryLength(configuration);
        }

        return new A2ASendRequest(
            new A2AMessage(messageId, read, OptionalString(message, "contextId", 200), OptionalString(message, "taskId", 200)),
            returnImmediately, accepted, historyLength);
    }

    /// <summary>The <c>id</c> (and <c>historyLength</c>) of <c>GetTask</c>, <c>CancelTask</c> and <c>SubscribeToTask</c>.</summary>
    public static (string Id, int? HistoryLength) ReadTaskId(JsonElement parameters) =>
        (OptionalString(parameters, "id", 200) ?? throw A2AException.InvalidParams("params.id is required: the task's id"), HistoryLength(parameters));

    public JsonObject Task(A2ATask task, int? historyLength, bool includeArtifacts = true)
    {
        var value = Kind(new JsonObject { ["id"] = task.Id.ToString(), ["contextId"] = task.ContextId, ["status"] = Status(task) }, "task");
        if (includeArtifacts && Artifact(task) is { } artifact)
        {
            value["artifacts"] = new JsonArray(artifact);
        }

        if (historyLength is not 0)
        {
            value["history"] = new JsonArray(Message(task, RequestOf(task), agent: false));
        }

        return value;
    }

    protected JsonObject Status(A2ATask task)
    {
        var status = new JsonObject { ["state"] = State(task.State), ["timestamp"] = Timestamp(task.UpdatedAt) };
        if (task.StatusText is { } text)
        {
            status["message"] = Message(task, new A2AMessage($"{task.Id}-status-{task.UpdatedAt.Ticks}", [A2APart.OfText(text)], task.ContextId, task.Id.ToString()), agent: true);
        }

        return status;
    }

    protected JsonObject? Artifact(A2ATask task)
    {
        if (task.ResultText is null)
        {
            return null;
        }

        var parts = new JsonArray();
        if (task.ResultJson is { } json)
        {
            using var document = JsonDocument.Parse(json);
            parts.Add(Part(A2APart.OfData(document.RootElement)));
        }

        parts.Add(Part(A2APart.OfText(task.ResultText)));
        return new JsonObject { ["artifactId"] = ArtifactId, ["name"] = task.ToolName, ["parts"] = parts };
    }

    protected static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private JsonObject Message(A2ATask task, A2AMessage message, bool agent) => Kind(new JsonObject
    {
        ["messageId"] = message.MessageId,
        ["contextId"] = task.ContextId,
        ["taskId"] = task.Id.ToString(),
        ["role"] = Role(agent),
        ["parts"] = new JsonArray([.. message.Parts.Select(Part)]),
    }, "message");

    private static A2AMessage RequestOf(A2ATask task) =>
        JsonSerializer.Deserialize<A2AMessage>(task.RequestJson, StoreJson) ?? throw new InvalidOperationException("a task without its request");

    protected static bool Property(JsonElement value, string name, out JsonElement property)
    {
        property = default;
        return value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out property) && property.ValueKind != JsonValueKind.Null;
    }

    protected static string? OptionalString(JsonElement value, string name, int maxLength)
    {
        if (!Property(value, name, out var property))
        {
            return null;
        }

        var text = property.ValueKind == JsonValueKind.String ? property.GetString()! : throw A2AException.InvalidParams($"{name} must be a string");
        return text.Length > 0 && text.Length <= maxLength ? text : throw A2AException.InvalidParams($"{name} must have 1 to {maxLength} characters");
    }

    private static IReadOnlyList<string> StringArray(JsonElement value, string name)
    {
        if (!Property(value, name, out var array))
        {
            return [];
        }

        return array.ValueKind == JsonValueKind.Array && array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? [.. array.EnumerateArray().Select(e => e.GetString()!)]
            : throw A2AException.InvalidParams($"{name} must be an array of strings");
    }

    public static int? HistoryLength(JsonElement value)
    {
        if (!Property(value, "historyLength", out var length))
        {
            return null;
        }

        return length.ValueKind == JsonValueKind.Number && length.TryGetInt32(out var n) && n >= 0
            ? n
            : throw A2AException.InvalidParams("historyLength must be a whole number of at least 0");
    }
}
