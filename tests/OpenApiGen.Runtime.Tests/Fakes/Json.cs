using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Helpers that run JsonWrite and JsonRead functions over in-memory JSON.</summary>
internal static class Json
{
    public static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonBody.WriterOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Reads <paramref name="json"/> with <paramref name="read"/>, positioned as ResponseReaders.Json does.
    /// </summary>
    public static T Read<T>(string json, JsonReadFunc<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader);
    }

    public static T RoundTrip<T>(T value, Action<Utf8JsonWriter, T> write, JsonReadFunc<T> read) =>
        Read(Write(value, write), read);
}
