using System.Text.Json;

namespace Pierre.Server.Mcp;

/// <summary>
/// Checks that a body is one JSON-RPC 2.0 message by the rules the SDK's reader applies (a single object, <c>jsonrpc</c>
/// "2.0", a string or integer <c>id</c>, a string <c>method</c>, an object <c>error</c>; a request or notification, a
/// result or an error), in one forward pass that allocates nothing: the SDK parses the body again after this.
/// </summary>
internal static class JsonRpcShape
{
    /// <summary>Throws a <see cref="JsonException"/> that says what is wrong (a syntax error also says where).</summary>
    public static void Check(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a JSON-RPC message is one JSON object (batches are not supported)");
        }

        var hasVersion = false;
        var hasMethod = false;
        var hasError = false;
        var hasResult = false;
        var id = JsonTokenType.None;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // ValueTextEquals compares the unescaped name, as the SDK's reader sees it.
            if (reader.ValueTextEquals("jsonrpc"u8))
            {
                reader.Read();
                hasVersion = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8)
                    ? true
                    : throw new JsonException("\"jsonrpc\" must be \"2.0\"");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                id = reader.TokenType is JsonTokenType.String or JsonTokenType.Null || reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out _)
                    ? reader.TokenType
                    : throw new JsonException("\"id\" must be a string or an integer");
            }
            else if (reader.ValueTextEquals("method"u8))
            {
                reader.Read();
                hasMethod = reader.TokenType == JsonTokenType.String ? true : throw new JsonException("\"method\" must be a string");
            }
            else
            {
                var isError = reader.ValueTextEquals("error"u8);
                hasResult |= reader.ValueTextEquals("result"u8);
                reader.Read();
                hasError |= isError && (reader.TokenType == JsonTokenType.StartObject ? true : throw new JsonException("\"error\" must be an object"));
                reader.Skip();
            }
        }

        // A second value or stray text after the object makes the reader throw here.
        if (reader.Read())
        {
            throw new JsonException("the body holds more than one JSON value");
        }

        var problem = !hasVersion ? "\"jsonrpc\": \"2.0\" is missing"
            : hasMethod ? id == JsonTokenType.Null ? "a request's \"id\" must not be null (leave it out to send a notification)" : null
            : id is JsonTokenType.String or JsonTokenType.Number ? hasError || hasResult ? null : "a response needs a \"result\" or an \"error\""
            : hasError ? null
            : "a message needs a \"method\", or an \"id\" with a \"result\" or an \"error\"";
        if (problem is not null)
        {
            throw new JsonException(problem);
        }
    }
}
