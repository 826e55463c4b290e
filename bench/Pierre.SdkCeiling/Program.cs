using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.SdkCeiling;

// The ceilings the load driver compares Pierre with. Both answer with what Pierre answered for the same call, read
// from files the driver writes:
//   POST /bare  the recorded HTTP body (an SSE frame) as fixed bytes: plain ASP.NET Core, the HTTP ceiling;
//   POST /mcp   the MCP SDK, stateless, no auth, one tool `get_activities` returning the recorded CallToolResult: the
//               SDK ceiling (the SDK's own parsing, dispatch and serialisation, no work in the tool).
// Usage: Pierre.SdkCeiling --urls http://127.0.0.1:PORT --body-file FILE --result-file FILE
var builder = WebApplication.CreateSlimBuilder(args);
var body = await File.ReadAllBytesAsync(Required("body-file"));
var result = JsonSerializer.Deserialize<CallToolResult>(await File.ReadAllTextAsync(Required("result-file")), McpJsonUtilities.DefaultOptions)
    ?? throw new InvalidOperationException("--result-file holds no CallToolResult");

builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSingleton(new RecordedResult(result));
builder.Services.AddMcpServer().WithHttpTransport(o => o.Stateless = true).WithTools<ActivitiesTool>();

var app = builder.Build();
app.MapPost("/bare", (HttpContext context) =>
{
    context.Response.ContentType = "text/event-stream";
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.MapMcp("/mcp");
await app.RunAsync();

string Required(string key) => builder.Configuration[key] ?? throw new InvalidOperationException($"--{key} is required");
