using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Pierre.SdkCeiling;

[McpServerToolType]
internal sealed class ActivitiesTool
{
    [McpServerTool(Name = "get_activities"), Description("Returns the CallToolResult Pierre returned for the same call.")]
    public static CallToolResult GetActivities(
        RecordedResult recorded,
        [Description("Ignored: the recorded answer is returned whatever it is.")] int limit = 20)
    {
        _ = limit;
        return recorded.Value;
    }
}
