namespace Pierre.Server.Mcp;

/// <summary>An argument a tool cannot use; the message names it and says what would be accepted.</summary>
internal sealed class ToolArgumentException(string message) : Exception(message);
