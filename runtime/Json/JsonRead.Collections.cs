using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiGen.Runtime;

public static partial class JsonRead
{
    /// <summary>
    /// Reads any JSON value, including null, as an element that stays valid after the reader is gone.
    /// </summary>
    public static JsonElement Element(ref Utf8JsonReader reader) => JsonElement.ParseValue(ref reader);

    /// <summary>Reads a JSON array, calling <paramref name="item"/> with the reader on each element.</summary>
    public static List<T> List<T>(ref Utf8JsonReader reader, JsonReadFunc<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonErrors.WrongToken(ref reader, "an array", $"List<{typeof(T).Name}>");
        }

        var list = new List<T>();
        while (ReadNext(ref reader) != JsonTokenType.EndArray)
        {
            list.Add(item(ref reader));
        }

        return list;
    }

    /// <summary>
    /// Reads a JSON object as a dictionary, calling <paramref name="value"/> with the reader on each member's value;
    /// a repeated name keeps its last value.
    /// </summary>
    public static Dictionary<string, T> Dictionary<T>(ref Utf8JsonReader reader, JsonReadFunc<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.WrongToken(ref reader, "an object", $"Dictionary<string, {typeof(T).Name}>");
        }

        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        while (ReadNext(ref reader) != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            ReadNext(ref reader);
            dictionary[name] = value(ref reader);
        }

        return dictionary;
    }

    /// <summary>Skips the current value, such as a property that the model does not know. On a property name it
    /// skips that property's value.</summary>
    /// <exception cref="JsonException">The reader's data ends inside the value.</exception>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException(
                "The JSON is incomplete because it ends inside the skipped value. Read from a buffer that " +
                "contains the whole document.");
        }
    }

    private static JsonTokenType ReadNext(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException(
                "The JSON is incomplete because it ends inside an array or object. Read from a buffer that contains " +
                "the whole document.");
        }

        return reader.TokenType;
    }
}
