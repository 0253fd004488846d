using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Finds the JSON path (<c>$.issues[2].key</c>) of the token at a byte offset. <see cref="Utf8JsonReader"/> tracks no
/// path, so after a failure the document is scanned again up to the failing token.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>
    /// Returns the path of the token that starts at <paramref name="offset"/>: the value itself for a value or
    /// property name, the enclosing container for an end token. Invalid JSON gives the path up to the error.
    /// </summary>
    public static string Locate(System.ReadOnlySpan<byte> json, long offset)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                JsonTokenType token = reader.TokenType;
                bool isTarget = reader.TokenStartIndex >= offset;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    if (isTarget)
                    {
                        break;
                    }

                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1].Name = reader.GetString();
                }
                else if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1].Index++;
                }

                if (isTarget)
                {
                    break;
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame { IsArray = token == JsonTokenType.StartArray });
                }
            }
        }
        catch (JsonException)
        {
            // The failure itself was a syntax error, so the frames read so far locate it.
        }

        return Format(frames);
    }

    private static string Format(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (Frame frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (!frame.IsArray && frame.Name is not null)
            {
                AppendName(path, frame.Name);
            }
        }

        return path.ToString();
    }

    private static void AppendName(StringBuilder path, string name)
    {
        bool isPlain = name.Length > 0 && !char.IsAsciiDigit(name[0]);
        foreach (char c in name)
        {
            isPlain &= char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$';
        }

        if (isPlain)
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
        }
    }

    private sealed class Frame
    {
        public bool IsArray { get; init; }

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
