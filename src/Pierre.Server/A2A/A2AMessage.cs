using System.Text.Json;

namespace Pierre.Server.A2A;

/// <summary>One part of a message, in Pierre's own form: text or JSON data (files are refused when read).</summary>
internal sealed record A2APart(string? Text, JsonElement? Data)
{
    public static A2APart OfText(string text) => new(text, null);

    public static A2APart OfData(JsonElement data) => new(null, data);
}

/// <summary>A user's message as received, whatever the protocol version it came in.</summary>
internal sealed record A2AMessage(string MessageId, IReadOnlyList<A2APart> Parts, string? ContextId, string? TaskId);

/// <summary><c>SendMessage</c>/<c>message/send</c>: the message and how the caller wants the answer.</summary>
internal sealed record A2ASendRequest(A2AMessage Message, bool ReturnImmediately, IReadOnlyList<string> AcceptedOutputModes, int? HistoryLength);

/// <summary>The JSON-RPC methods both protocol versions share, under each version's names.</summary>
internal enum A2AMethod
{
    SendMessage,
    SendStreamingMessage,
    GetTask,
    ListTasks,
    CancelTask,
    SubscribeToTask,
}
