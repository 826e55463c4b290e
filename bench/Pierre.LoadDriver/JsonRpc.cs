using System.Globalization;
using System.Text;

namespace Pierre.LoadDriver;

/// <summary>The JSON-RPC messages the driver sends, as UTF-8 bytes.</summary>
internal static class JsonRpc
{
    public const string Initialized = """{"jsonrpc":"2.0","method":"notifications/initialized"}""";

    public static byte[] GetActivities(int id) =>
        ToolCall(id, """{"name":"get_activities","arguments":{"limit":20}}""");

    /// <summary>An A2A 1.0 <c>SendMessage</c> running the same call as a task.</summary>
    public static byte[] A2AGetActivities(int id)
    {
        var n = id.ToString(CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes(
            "{\"jsonrpc\":\"2.0\",\"id\":" + n + ",\"method\":\"SendMessage\",\"params\":{\"message\":{\"messageId\":\"m" + n
            + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"data\":{\"tool\":\"get_activities\",\"arguments\":{\"limit\":20}}}]}}}");
    }

    public static byte[] ConnectSynthetic(int id) =>
        ToolCall(id, """{"name":"connect_provider","arguments":{"provider":"synthetic"}}""");

    public static string Initialize(string apiKey) =>
        """{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pierre-load-driver","version":"1"},"auth":"Bearer """
        + apiKey + "\"}}";

    private static byte[] ToolCall(int id, string parameters) => Encoding.UTF8.GetBytes(
        """{"jsonrpc":"2.0","id":""" + id.ToString(CultureInfo.InvariantCulture) + ""","method":"tools/call","params":""" + parameters + "}");
}
