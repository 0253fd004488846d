using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>Messages of the <see cref="JsonException"/>s that <see cref="JsonRead"/> throws.</summary>
internal static class JsonErrors
{
    /// <summary>Returns "Expected {expected} for {type} but found {token}.".</summary>
    public static JsonException WrongToken(ref Utf8JsonReader reader, string expected, string typeName) =>
        new($"Expected {expected} for {typeName} but found {Describe(reader.TokenType)}.");

    /// <summary>Returns an exception for a string whose content is not in the expected format.</summary>
    /// <remarks>The string itself is left out of the message, because it may hold personal data or a secret.</remarks>
    public static JsonException WrongFormat(string expected, string typeName, Exception? inner = null) =>
        new($"The JSON string is not {expected} for {typeName}.", inner);

    /// <summary>Returns an exception for a JSON number that the type cannot hold.</summary>
    public static JsonException OutOfRange(ref Utf8JsonReader reader, string typeName, string range) =>
        new($"The JSON number {RawValue(ref reader)} is not a valid {typeName}. Expected {range}.");

    /// <summary>Returns the raw token text, such as the digits of a number.</summary>
    public static string RawValue(ref Utf8JsonReader reader) =>
        reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
            : Encoding.UTF8.GetString(reader.ValueSpan);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.Comment => "a comment",
        _ => "no token (call reader.Read() before reading a value)",
    };
}
