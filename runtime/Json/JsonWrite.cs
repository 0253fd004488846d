using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Writers of one JSON value for generated converters, without reflection. The caller writes any property
/// name first. Text formats match <see cref="ParameterFormatter"/> and are what <see cref="JsonRead"/> accepts.
/// </summary>
public static class JsonWrite
{
    /// <summary>
    /// Returns the exception for a required write-only property that is null when its record is sent. Reading a
    /// record from a response leaves such properties null, because the server never sends them.
    /// </summary>
    public static InvalidOperationException MissingWriteOnly(string typeName, string propertyName) =>
        new($"The required property '{propertyName}' of {typeName} is null, so the request cannot be sent. It is " +
            "write-only, so a record read from a response leaves it null: set it before sending the record.");

    /// <summary>Writes a JSON string.</summary>
    public static void String(Utf8JsonWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value);
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public static void Boolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes a JSON number.</summary>
    public static void Int32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <summary>Writes a JSON number.</summary>
    public static void Int64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <summary>Writes the shortest JSON number that reads back as the same value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, which JSON cannot hold.</exception>
    public static void Single(Utf8JsonWriter writer, float value)
    {
        if (!float.IsFinite(value))
        {
            throw NotFinite(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Writes the shortest JSON number that reads back as the same value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, which JSON cannot hold.</exception>
    public static void Double(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw NotFinite(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        writer.WriteNumberValue(value);
    }

    /// <summary>Writes a JSON number with the value's scale, so 1.50m stays 1.50.</summary>
    public static void Decimal(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    /// <summary>
    /// Writes an RFC 3339 date-time string, as <see cref="ParameterFormatter.Format(DateTimeOffset)"/>.
    /// </summary>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value) =>
        writer.WriteStringValue(ParameterFormatter.Format(value));

    /// <summary>Writes a full-date string such as "2024-01-31".</summary>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value) =>
        writer.WriteStringValue(ParameterFormatter.Format(value));

    /// <summary>Writes a time string such as "13:45:00.25".</summary>
    public static void TimeOnly(Utf8JsonWriter writer, TimeOnly value) =>
        writer.WriteStringValue(ParameterFormatter.Format(value));

    /// <summary>Writes an ISO 8601 duration string such as "P1DT2H".</summary>
    public static void Duration(Utf8JsonWriter writer, TimeSpan value) =>
        writer.WriteStringValue(ParameterFormatter.Format(value));

    /// <summary>Writes a hyphenated UUID string.</summary>
    public static void Guid(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <summary>Writes the URI's original text.</summary>
    public static void Uri(Utf8JsonWriter writer, Uri value) =>
        writer.WriteStringValue(ParameterFormatter.Format(value));

    /// <summary>Writes a base64 string (RFC 4648, standard alphabet, padded).</summary>
    public static void Bytes(Utf8JsonWriter writer, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteBase64StringValue(value);
    }

    /// <summary>Writes any JSON value as it is.</summary>
    public static void Element(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <summary>Writes a JSON array, calling <paramref name="item"/> for each element.</summary>
    public static void List<T>(Utf8JsonWriter writer, IEnumerable<T> items, Action<Utf8JsonWriter, T> item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(item);
        writer.WriteStartArray();
        foreach (T element in items)
        {
            item(writer, element);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a JSON object with one member per entry, calling <paramref name="value"/> for each value.
    /// </summary>
    public static void Dictionary<T>(
        Utf8JsonWriter writer,
        IEnumerable<KeyValuePair<string, T>> map,
        Action<Utf8JsonWriter, T> value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (name, entry) in map)
        {
            writer.WritePropertyName(name);
            value(writer, entry);
        }

        writer.WriteEndObject();
    }

    private static ArgumentOutOfRangeException NotFinite(string shown) =>
        new("value", shown, $"JSON has no number for {shown}. Send a finite value or leave the property out.");
}
