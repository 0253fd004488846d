using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Parsing;

/// <summary>
/// Strict JSON syntax check for specs written in JSON. YamlDotNet reads JSON as YAML and accepts trailing commas,
/// and comments turn the document into something else entirely, so without this check such files surface later
/// as confusing structural errors without a position.
/// </summary>
internal static class JsonSyntax
{
    // Deeper than the locator's own limit, so this check never rejects what the locator accepts.
    private const int MaxDepth = 512;

    /// <summary>
    /// Returns the location and message of the first syntax error or duplicate key, or null when the text is valid
    /// JSON. One reader pass finds both.
    /// </summary>
    public static (SpecLocation Location, string Message)? FindError(string path, string text)
    {
        // The compiler's SourceText has already dropped a file's byte order mark, which Utf8JsonReader rejects.
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                        // JSON parsers disagree on which value of a repeated key wins, and OpenAPI.NET then reports
                        // the document as having no version, so the key itself is reported.
                        return (
                            Locate(path, bytes, (int)reader.TokenStartIndex),
                            $"invalid JSON: the key '{reader.GetString()}' appears twice in one object; keep one of them");
                }
            }

            return null;
        }
        catch (JsonException exception)
        {
            var lineStart = LineStartOffset(bytes, (int)(exception.LineNumber ?? 0));
            var byteOffset = Math.Min(bytes.Length, lineStart + (int)(exception.BytePositionInLine ?? 0));
            var message = exception.Message;
            var detail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (detail > 0)
            {
                message = message.Substring(0, detail);
            }

            return (Locate(path, bytes, byteOffset), "invalid JSON: " + message);
        }
    }

    /// <summary>Converts a UTF-8 byte offset into a location with a character offset, line and column.</summary>
    private static SpecLocation Locate(string path, byte[] bytes, int byteOffset)
    {
        var line = 0;
        var lineStart = 0;
        for (var index = 0; index < byteOffset; index++)
        {
            if (bytes[index] == (byte)'\n')
            {
                line++;
                lineStart = index + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, byteOffset - lineStart);
        var offset = Encoding.UTF8.GetCharCount(bytes, 0, byteOffset);
        return new SpecLocation(path, offset, 0, line, column, line, column);
    }

    /// <summary>Returns the byte offset where zero-based line <paramref name="line"/> starts.</summary>
    private static int LineStartOffset(byte[] bytes, int line)
    {
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', offset);
            if (next < 0)
            {
                return bytes.Length;
            }

            offset = next + 1;
        }

        return offset;
    }
}
