namespace Pierre.Server.A2A;

/// <summary>What Pierre reads and answers over A2A: JSON data parts and plain text.</summary>
internal static class A2AMediaTypes
{
    public const string Json = "application/json";
    public const string Text = "text/plain";
}
