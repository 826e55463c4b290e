using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.Server.Mcp;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// The one-pass check in front of <c>/mcp</c> accepts what the SDK's own reader accepts and refuses, with a reason, what
/// it would refuse: every case here is also given to the SDK's deserializer, which must agree.
/// </summary>
public sealed class JsonRpcShapeTests
{
    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_activities","arguments":{"limit":20}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"a-1","method":"tools/list"}""")]
    [InlineData("""{"method":"notifications/initialized","jsonrpc":"2.0"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":7,"result":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":7,"error":{"code":-32601,"message":"no"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"ping","params":5,"extra":[1,{"a":[]}]}""")]
    [InlineData(""" {"j\u0073onrpc":"2.0","\u0069d":1,"method":"ping"} """)]
    public void AMessageTheSdkReads_Passes(string body)
    {
        Assert.NotNull(SdkRead(body));

        JsonRpcShape.Check(Encoding.UTF8.GetBytes(body));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("not json", "")]
    [InlineData("""{"jsonrpc":"2.0",""", "")]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"ping"}]""", "one JSON object")]
    [InlineData("""{"id":1,"method":"ping"}""", "\"jsonrpc\": \"2.0\" is missing")]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"ping"}""", "\"jsonrpc\" must be \"2.0\"")]
    [InlineData("""{"jsonrpc":2,"id":1,"method":"ping"}""", "\"jsonrpc\" must be \"2.0\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":5}""", "\"method\" must be a string")]
    [InlineData("""{"jsonrpc":"2.0","id":1.5,"method":"ping"}""", "\"id\" must be a string or an integer")]
    [InlineData("""{"jsonrpc":"2.0","id":{},"method":"ping"}""", "\"id\" must be a string or an integer")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"ping"}""", "must not be null")]
    [InlineData("""{"jsonrpc":"2.0","id":1}""", "a response needs a \"result\" or an \"error\"")]
    [InlineData("""{"jsonrpc":"2.0","error":5,"id":1}""", "\"error\" must be an object")]
    [InlineData("""{"jsonrpc":"2.0"}""", "a message needs a \"method\"")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"ping"} {"jsonrpc":"2.0"}""", "")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"ping"}x""", "")]
    public void AMessageTheSdkRefuses_IsRefusedWithAReason(string body, string reason)
    {
        Assert.ThrowsAny<Exception>(() => SdkRead(body));

        var refused = Assert.ThrowsAny<JsonException>(() => JsonRpcShape.Check(Encoding.UTF8.GetBytes(body)));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    private static JsonRpcMessage? SdkRead(string body) =>
        JsonSerializer.Deserialize(body, McpJsonUtilities.DefaultOptions.GetTypeInfo<JsonRpcMessage>());
}
