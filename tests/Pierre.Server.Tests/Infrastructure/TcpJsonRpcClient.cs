using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A raw socket speaking line-delimited JSON-RPC, as the seed's TCP clients do.</summary>
public sealed class TcpJsonRpcClient : IDisposable
{
    private readonly TcpClient _client;
    private readonly StreamReader _reader;
    private readonly Stream _stream;

    private TcpJsonRpcClient(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = new StreamReader(_stream, Encoding.UTF8);
    }

    public static async Task<TcpJsonRpcClient> ConnectAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            var client = new TcpClient();
            try
            {
                await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
                return new TcpJsonRpcClient(client);
            }
            catch (SocketException) when (attempt < 50)
            {
                client.Dispose();
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    public async Task SendAsync(string line)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), TestContext.Current.CancellationToken);
        await _stream.FlushAsync(TestContext.Current.CancellationToken);
    }

    public Task SendAsync(JsonNode message) => SendAsync(message.ToJsonString());

    /// <summary>The next line as JSON, or null when the server closed the connection.</summary>
    public async Task<JsonNode?> ReceiveAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        var line = await _reader.ReadLineAsync(timeout.Token);
        return line is null ? null : JsonNode.Parse(line);
    }

    public async Task<JsonNode> RequestAsync(int id, string method, JsonObject? parameters = null)
    {
        await SendAsync(Request(id, method, parameters));
        return (await ReceiveAsync())!;
    }

    public static JsonObject Request(JsonNode id, string method, JsonObject? parameters = null) => new()
    {
        ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject(),
    };

    public static JsonObject Initialize(string? auth) => new()
    {
        ["protocolVersion"] = "2025-06-18",
        ["capabilities"] = new JsonObject(),
        ["clientInfo"] = new JsonObject { ["name"] = "raw-socket", ["version"] = "1" },
        ["auth"] = auth,
    };

    public void Dispose()
    {
        _reader.Dispose();
        _client.Dispose();
    }
}
