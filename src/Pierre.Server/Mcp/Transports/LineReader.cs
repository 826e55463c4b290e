using System.Buffers;
using System.IO.Pipelines;
using System.Text;

namespace Pierre.Server.Mcp.Transports;

/// <summary>Reads newline-delimited messages from a stream, refusing (and skipping) any line longer than the limit.</summary>
internal sealed class LineReader(Stream stream, int maxLineBytes)
{
    private readonly PipeReader _reader = PipeReader.Create(stream);
    private bool _discarding;

    /// <summary>The next line; <c>TooLong</c> when one was skipped; null at the end of the stream.</summary>
    public async Task<(string? Line, bool TooLong)> ReadAsync(CancellationToken ct)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(ct).ConfigureAwait(false);
            var buffer = result.Buffer;
            var newline = buffer.PositionOf((byte)'\n');
            if (newline is { } end)
            {
                var tooLong = _discarding || buffer.Slice(0, end).Length > maxLineBytes;
                var line = tooLong ? null : Encoding.UTF8.GetString(buffer.Slice(0, end)).TrimEnd('\r');
                _reader.AdvanceTo(buffer.GetPosition(1, end));
                _discarding = false;
                return (line, tooLong);
            }

            if (buffer.Length > maxLineBytes)
            {
                _discarding = true;
                _reader.AdvanceTo(buffer.End);
            }
            else
            {
                _reader.AdvanceTo(buffer.Start, buffer.End);
            }

            if (result.IsCompleted)
            {
                return (null, false);
            }
        }
    }
}
