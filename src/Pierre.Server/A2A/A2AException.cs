namespace Pierre.Server.A2A;

/// <summary>A JSON-RPC error of the A2A protocol: its code, the v1.0 reason, and a sentence that says what to do.</summary>
internal sealed class A2AException(int code, string reason, string message) : Exception(message)
{
    public int Code { get; } = code;

    /// <summary>The v1.0 <c>google.rpc.ErrorInfo</c> reason (empty for plain JSON-RPC errors).</summary>
    public string Reason { get; } = reason;

    public static A2AException ParseError(string message) => new(-32700, "", message);

    public static A2AException InvalidRequest(string message) => new(-32600, "", message);

    public static A2AException MethodNotFound(string message) => new(-32601, "", message);

    public static A2AException InvalidParams(string message) => new(-32602, "INVALID_PARAMS", message);

    public static A2AException TaskNotFound(string id) => new(-32001, "TASK_NOT_FOUND", $"task {id} not found");

    public static A2AException TaskNotCancelable(string id, string state) =>
        new(-32002, "TASK_NOT_CANCELABLE", $"task {id} is {state} and can no longer be canceled");

    public static A2AException UnsupportedOperation(string message) => new(-32004, "UNSUPPORTED_OPERATION", message);

    public static A2AException ContentTypeNotSupported(string message) => new(-32005, "CONTENT_TYPE_NOT_SUPPORTED", message);

    public static A2AException VersionNotSupported(string version) =>
        new(-32009, "VERSION_NOT_SUPPORTED", $"A2A-Version '{version}' is not supported: send 1.0, or no header for 0.3");
}
