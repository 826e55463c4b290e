using ModelContextProtocol.Protocol;

namespace Pierre.SdkCeiling;

internal sealed record RecordedResult(CallToolResult Value);
