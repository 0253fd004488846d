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

    /// <summary>Returns the location and message of the first syntax error, or null when the text is valid JSON.</summary>
    public static (SpecLocation Location, string Message)? FindError(string path, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return FindDuplicateKey(path, text);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var column = CharacterColumn(text, line, (int)(exception.BytePositionInLine ?? 0));
            var message = exception.Message;
            var detail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (detail > 0)
            {
                message = message.Substring(0, detail);
            }

            var offset = LineOffset(text, line) + column;
            return (new SpecLocation(path, offset, 0, line, column, line, column), "invalid JSON: " + message);
        }
    }

    /// <summary>
    /// Returns the second occurrence of a key in one object. JSON parsers disagree on which value wins, and
    /// OpenAPI.NET then reports the document as having no version, so the key is reported instead.
    /// </summary>
    private static (SpecLocation Location, string Message)? FindDuplicateKey(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var objects = new Stack<HashSet<string>>();
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
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    if (!objects.Peek().Add(name))
                    {
                        var start = (int)reader.TokenStartIndex;
                        var line = 0;
                        var lineStart = 0;
                        for (var index = 0; index < start; index++)
                        {
                            if (bytes[index] == (byte)'\n')
                            {
                                line++;
                                lineStart = index + 1;
                            }
                        }

                        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, start - lineStart);
                        var offset = Encoding.UTF8.GetCharCount(bytes, 0, start);
                        return (
                            new SpecLocation(path, offset, 0, line, column, line, column),
                            $"invalid JSON: the key '{name}' appears twice in one object; keep one of them");
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Converts System.Text.Json's byte position in a line into a character column.</summary>
    private static int CharacterColumn(string text, int line, int bytePosition)
    {
        var start = LineOffset(text, line);
        var end = text.IndexOf('\n', start);
        var lineText = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
        var bytes = Encoding.UTF8.GetBytes(lineText);
        var count = Math.Min(bytePosition, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, count);
    }

    private static int LineOffset(string text, int line)
    {
        var offset = 0;
        for (var current = 0; current < line; current++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        return offset;
    }
}
