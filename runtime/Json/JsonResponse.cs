using System;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>Reads a buffered JSON response body and puts the operation and JSON path into every failure.</summary>
internal static class JsonResponse
{
    /// <summary>Returns whether a body has nothing but a byte order mark and whitespace.</summary>
    public static bool IsEmpty(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        return body.TrimStart(" \t\r\n"u8).IsEmpty;
    }

    /// <exception cref="JsonException">The body is empty, is not JSON, or does not match <typeparamref name="T"/>;
    /// the message names the operation, the status and the JSON path.</exception>
    public static T Read<T>(ReadOnlySpan<byte> body, JsonReadFunc<T> read, string operationId, int statusCode)
    {
        // Utf8JsonReader rejects a byte order mark, which some servers still send.
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (IsEmpty(body))
        {
            throw new JsonException(
                $"Reading the response of {operationId} (status {statusCode}) failed because the body is empty, " +
                "but a JSON value was expected.", "$", 0, 0, null);
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            reader.Read();
            return read(ref reader);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or OverflowException
            or InvalidOperationException)
        {
            // A syntax error carries its line, so it is located by scanning up to the error. Any other failure
            // happened on the token where the reader, passed by reference, still is.
            bool isSyntaxError = exception is JsonException { LineNumber: not null };
            long offset = isSyntaxError ? long.MaxValue : reader.TokenStartIndex;
            string path = JsonPathLocator.Locate(body, offset);
            var (line, column) = isSyntaxError
                ? (((JsonException)exception).LineNumber, ((JsonException)exception).BytePositionInLine)
                : LineAndColumn(body, offset);
            throw new JsonException(
                $"Reading the response of {operationId} (status {statusCode}) failed at {path}. {exception.Message}",
                path, line, column, exception);
        }
    }

    private static (long? Line, long? Column) LineAndColumn(ReadOnlySpan<byte> body, long offset)
    {
        ReadOnlySpan<byte> before = body[..(int)Math.Min(offset, body.Length)];
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n'), before.Length - lastNewline - 1);
    }
}
