using System;
using System.Buffers;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>JSON request bodies written without reflection.</summary>
public static class JsonBody
{
    /// <summary>
    /// Options of the writer behind <see cref="Create{T}"/>. They escape only what JSON requires, so "+" and
    /// non-ASCII letters are sent as they are. The default encoder's HTML-safe escaping has no use in a request body.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Serializes <paramref name="value"/> with <paramref name="write"/> into a buffered
    /// <c>application/json; charset=utf-8</c> content with a Content-Length. The value is serialized now, so pass
    /// this call to <see cref="ApiRequest.WithContent"/> as a lambda to get a fresh content for each attempt.
    /// </summary>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> wrote no value or left an object or
    /// array open.</exception>
    public static HttpContent Create<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
            writer.Flush();
            if (writer.BytesCommitted == 0 || writer.CurrentDepth != 0)
            {
                throw new InvalidOperationException(
                    $"The JSON writer for {typeof(T).Name} wrote no value or left an object or array open. It must " +
                    "write exactly one complete JSON value.");
            }
        }

        var content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Writes <paramref name="value"/> with its generated JSON writer and returns the UTF-8 bytes.</summary>
    internal static ReadOnlyMemory<byte> ToUtf8<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, value);
        }

        return buffer.WrittenMemory;
    }
}
