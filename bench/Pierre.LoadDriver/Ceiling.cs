using System.Text.Json;

namespace Pierre.LoadDriver;

/// <summary>The ceiling app (bench/Pierre.SdkCeiling), replaying Pierre's recorded answer.</summary>
internal sealed class Ceiling(ChildProcess process, Uri baseUrl) : IAsyncDisposable
{
    public ChildProcess Process => process;
    public Uri BareUrl => new(baseUrl, "/bare");
    public Uri McpUrl => new(baseUrl, "/mcp");

    public static async Task<Ceiling> StartAsync(string app, string scratch, byte[] body, JsonElement result, HttpClient http)
    {
        var bodyFile = Path.Combine(scratch, "get_activities.body");
        var resultFile = Path.Combine(scratch, "get_activities.result.json");
        await File.WriteAllBytesAsync(bodyFile, body);
        await File.WriteAllTextAsync(resultFile, result.GetRawText());
        var baseUrl = new Uri($"http://127.0.0.1:{ChildProcess.FreePort()}");
        var process = ChildProcess.Start(app, ["--urls", baseUrl.ToString(), "--body-file", bodyFile, "--result-file", resultFile], Path.Combine(scratch, "ceiling.log"));
        var ceiling = new Ceiling(process, baseUrl);
        await PierreUnderTest.WaitUntilAsync(process, async () =>
        {
            using var response = await http.PostAsync(ceiling.BareUrl, null);
            return response.IsSuccessStatusCode;
        }, "the ceiling app");
        return ceiling;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
