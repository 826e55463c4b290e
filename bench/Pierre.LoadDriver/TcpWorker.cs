using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pierre.LoadDriver;

/// <summary>
/// One connection of the TCP transport (line-delimited JSON-RPC): <c>initialize</c> with the key in
/// <c>params.auth</c>, then one <c>tools/call</c> line at a time, each answered by one line with the same id.
/// </summary>
internal sealed class TcpWorker(TcpClient client, NetworkStream stream, StreamReader reader, ExpectedActivities expected) : IDisposable
{
    private int _id;

    public static async Task<TcpWorker> ConnectAsync(int port, string apiKey, ExpectedActivities expected)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var worker = new TcpWorker(client, stream, new StreamReader(stream, Encoding.UTF8, false, 1 << 16), expected);
        await worker.WriteLineAsync(Encoding.UTF8.GetBytes(JsonRpc.Initialize(apiKey)));
        var answer = await worker.ReadAnswerAsync();
        if (answer is null || !answer.Contains("\"result\":", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"TCP initialize failed: {answer ?? "connection closed"}");
        }

        await worker.WriteLineAsync(Encoding.UTF8.GetBytes(JsonRpc.Initialized));
        return worker;
    }

    public async Task<string?> SendAsync()
    {
        _id++;
        await WriteLineAsync(JsonRpc.GetActivities(_id));
        var line = await ReadAnswerAsync();
        if (line is null)
        {
            return "the server closed the connection";
        }

        if (!line.Contains($"\"id\":{_id.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal))
        {
            return $"an answer for another id: {ExpectedActivities.Shorten(line)}";
        }

        return expected.Check(Encoding.UTF8.GetBytes(line), _id % ExpectedActivities.SampleEvery == 1);
    }

    public void Dispose()
    {
        reader.Dispose();
        client.Dispose();
    }

    private async Task WriteLineAsync(byte[] message)
    {
        // One write per message: with Nagle off, a separate newline would be a packet of its own.
        var line = new byte[message.Length + 1];
        message.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        await stream.WriteAsync(line);
    }

    /// <summary>The next line that answers a request: notifications (no id) are skipped.</summary>
    private async Task<string?> ReadAnswerAsync()
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Contains("\"id\":", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }
}
