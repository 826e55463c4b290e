using System.Text;
using System.Text.Json;

namespace Pierre.LoadDriver;

/// <summary>
/// What a correct <c>get_activities</c> answer holds: every answer is checked cheaply (no JSON-RPC error, no
/// <c>isError</c>, a result), and one in <see cref="SampleEvery"/> is parsed in full (the same number of activities, the
/// same newest activity as the recorded answer).
/// </summary>
internal sealed record ExpectedActivities(int Count, string FirstId)
{
    public const int SampleEvery = 50;

    /// <summary>The JSON-RPC message of an HTTP answer: the <c>data:</c> line of an SSE frame, or the body itself.</summary>
    public static ReadOnlySpan<byte> Message(ReadOnlySpan<byte> body)
    {
        var data = body.IndexOf("data: "u8);
        if (data < 0)
        {
            return body;
        }

        var rest = body[(data + 6)..];
        var endOfLine = rest.IndexOf((byte)'\n');
        return endOfLine < 0 ? rest : rest[..endOfLine];
    }

    public static ExpectedActivities From(JsonElement result)
    {
        if (result.TryGetProperty("isError", out var isError) && isError.GetBoolean())
        {
            throw new InvalidOperationException($"get_activities answered an error: {result}");
        }

        var activities = result.GetProperty("structuredContent").GetProperty("activities");
        return activities.GetArrayLength() > 0
            ? new(activities.GetArrayLength(), activities[0].GetProperty("id").GetString()!)
            : throw new InvalidOperationException("get_activities answered no activities: is the synthetic provider connected?");
    }

    public string? Check(ReadOnlySpan<byte> message, bool sample)
    {
        if (message.IndexOf("\"isError\":true"u8) >= 0 || message.IndexOf("\"error\":{"u8) >= 0 || message.IndexOf("\"result\":"u8) < 0)
        {
            return $"not a successful tool result: {Shorten(Encoding.UTF8.GetString(message))}";
        }

        return sample ? CheckInFull(message.ToArray()) : null;
    }

    /// <summary>An A2A answer: a completed task, and in full one in <see cref="SampleEvery"/> (its artifact's data part).</summary>
    public string? CheckTask(ReadOnlySpan<byte> message, bool sample)
    {
        if (message.IndexOf("\"TASK_STATE_COMPLETED\""u8) < 0 || message.IndexOf("\"error\":{"u8) >= 0)
        {
            return $"not a completed task: {Shorten(Encoding.UTF8.GetString(message))}";
        }

        if (!sample)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(message.ToArray());
            var data = json.RootElement.GetProperty("result").GetProperty("task").GetProperty("artifacts")[0].GetProperty("parts")[0].GetProperty("data");
            var activities = data.GetProperty("activities");
            var got = new ExpectedActivities(activities.GetArrayLength(), activities[0].GetProperty("id").GetString()!);
            return got == this ? null : $"expected {Count} activities from {FirstId}, got {got.Count} from {got.FirstId}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return $"{e.Message}: {Shorten(Encoding.UTF8.GetString(message))}";
        }
    }

    private string? CheckInFull(byte[] message)
    {
        try
        {
            using var json = JsonDocument.Parse(message);
            var got = From(json.RootElement.GetProperty("result"));
            return got == this ? null : $"expected {Count} activities from {FirstId}, got {got.Count} from {got.FirstId}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"{e.Message}: {Shorten(Encoding.UTF8.GetString(message))}";
        }
    }

    public static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
