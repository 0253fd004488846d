using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Values of generated enum structs whose listed values mix JSON types, such as <c>["a", 1, true]</c>, kept as
/// <see cref="JsonElement"/> so any value the server sends can be read, compared and sent back unchanged.
/// </summary>
/// <remarks>
/// Two values are equal when they have the same JSON type and the same value. Strings compare ordinally after
/// unescaping, and numbers by their decimal value (1.10 equals 1.1). Objects and arrays compare by their compact
/// JSON text, so objects whose properties come in a different order differ.
/// </remarks>
public static class JsonEnumValue
{
    /// <summary>Parses one JSON value, as generated code does for each listed value.</summary>
    /// <exception cref="JsonException">The text is not one JSON value.</exception>
    public static JsonElement Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Compares two values by JSON type and value, as described on the class.</summary>
    public static bool Equals(JsonElement left, JsonElement right) =>
        string.Equals(Key(left), Key(right), StringComparison.Ordinal);

    /// <summary>Returns a hash code that agrees with <see cref="Equals(JsonElement, JsonElement)"/>.</summary>
    public static int GetHashCode(JsonElement value) => StringComparer.Ordinal.GetHashCode(Key(value));

    /// <summary>
    /// Returns the text a parameter sends: a string without quotes, any other value as its JSON text, and the empty
    /// string for the default value.
    /// </summary>
    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    /// <summary>Writes the value unchanged, or JSON null for the default value, which contains no JSON.</summary>
    public static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
            return;
        }

        value.WriteTo(writer);
    }

    private static string Key(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => string.Empty,
        JsonValueKind.String => "s" + value.GetString(),

        // "G29" drops trailing zeros, so 1.10 and 1.1 get the same key.
        JsonValueKind.Number when value.TryGetDecimal(out decimal number) =>
            "n" + number.ToString("G29", CultureInfo.InvariantCulture),
        JsonValueKind.Number => "n" + value.GetRawText(),
        JsonValueKind.Object => "o" + Compact(value),
        JsonValueKind.Array => "a" + Compact(value),
        _ => value.GetRawText(),
    };

    private static string Compact(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
