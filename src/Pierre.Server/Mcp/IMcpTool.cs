namespace Pierre.Server.Mcp;

/// <summary>One tool: its description and what a call does. Tools are thin; the work lives in services.</summary>
internal interface IMcpTool
{
    ToolDescriptor Descriptor { get; }

    Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken);
}
