using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Turns a generated record into the name/value pairs that the object overloads of <see cref="ApiRequest"/> send.
/// The record is written with its generated JSON writer, so no reflection is involved and the wire names, the
/// declared property order and the omission of absent optional properties match the record's JSON form.
/// </summary>
public static class ObjectParameter
{
    /// <summary>
    /// Returns the properties of <paramref name="value"/> as text in declared order, or null when the value is
    /// null. A property whose value is JSON null is left out. Strings are returned as they are, numbers and booleans
    /// as their JSON text.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <param name="write">The generated JSON writer of the record type.</param>
    /// <exception cref="ArgumentException">The value is not written as a JSON object, or a property contains an object
    /// or array, for which OpenAPI's parameter styles define no text.</exception>
    [return: NotNullIfNotNull(nameof(value))]
    public static IReadOnlyList<KeyValuePair<string, string?>>? Properties<T>(T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(JsonBody.ToUtf8(value, write));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException(
                $"An object parameter must be written as a JSON object, but {typeof(T).Name} is written as a JSON " +
                $"{document.RootElement.ValueKind}. Pass the parameter as text instead.",
                nameof(value));
        }

        var properties = new List<KeyValuePair<string, string?>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (Text(typeof(T), property) is { } text)
            {
                properties.Add(new(property.Name, text));
            }
        }

        return properties;
    }

    private static string? Text(Type type, JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
        _ => throw new ArgumentException(
            $"Property '{property.Name}' of the {type.Name} parameter contains a JSON {property.Value.ValueKind}, " +
            "but parameter styles define text only for plain property values. Leave the property null, or send " +
            "the parameter as a request body.",
            "value"),
    };
}
