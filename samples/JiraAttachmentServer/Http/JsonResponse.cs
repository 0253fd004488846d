using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace OpenApiGen.Samples.JiraServer.Http;

/// <summary>
/// Writes JSON response bodies with <see cref="Utf8JsonWriter"/>, with a Content-Length and Jira's content type.
/// </summary>
internal static class JsonResponse
{
    public const string ContentType = "application/json;charset=UTF-8";

    // Jira writes '+' and '&' literally (for example in "+0000" offsets and avatar URLs), and the default
    // encoder would escape them as \u002B and \u0026.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(HttpResponse response, int statusCode, Action<Utf8JsonWriter> writeBody)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writeBody(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted);
    }
}
