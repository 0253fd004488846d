using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> request bodies. The value is written with its generated JSON writer and
/// the JSON is flattened into fields, so the same reflection-free code serves both media types.
/// </summary>
public static class FormBody
{
    /// <summary>
    /// Serializes <paramref name="value"/> into form fields. A top-level property becomes <c>name=value</c>; an array
    /// of plain values repeats the name (the form style with explode, OpenAPI's default); an object becomes
    /// <c>name[key]=value</c> and an array item that is an object <c>name[0][key]=value</c> (deepObject brackets,
    /// as APIs such as Stripe's read them). Null values are left out.
    /// </summary>
    /// <param name="value">The body.</param>
    /// <param name="write">The generated JSON writer of the body's type.</param>
    /// <param name="deepObjectFields">Top-level fields whose encoding has style deepObject: their arrays are sent
    /// with indexes (<c>expand[0]=a&amp;expand[1]=b</c>) instead of a repeated name.</param>
    /// <exception cref="ArgumentException">The value is not written as a JSON object.</exception>
    public static HttpContent Create<T>(T value, Action<Utf8JsonWriter, T> write, params string[] deepObjectFields)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new FormUrlEncodedContent(Fields(value, write, deepObjectFields));
    }

    /// <summary>Returns the form fields of <paramref name="value"/> in the order <see cref="Create{T}"/> sends them.</summary>
    /// <exception cref="ArgumentException">The value is not written as a JSON object.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields<T>(
        T value, Action<Utf8JsonWriter, T> write, params string[] deepObjectFields)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonBody.WriterOptions))
        {
            write(writer, value);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException(
                $"A form body must be an object with named fields, but {typeof(T).Name} is written as a JSON " +
                $"{document.RootElement.ValueKind}. Use an object schema for form bodies.",
                nameof(value));
        }

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && Array.IndexOf(deepObjectFields, property.Name) < 0)
            {
                AddTopLevelArray(fields, property.Name, property.Value);
            }
            else
            {
                Add(fields, property.Name, property.Value);
            }
        }

        return fields;
    }

    private static void AddTopLevelArray(List<KeyValuePair<string, string>> fields, string name, JsonElement array)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Add(fields, $"{name}[{index.ToString(CultureInfo.InvariantCulture)}]", item);
            }
            else
            {
                Add(fields, name, item);
            }

            index++;
        }
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return;
            case JsonValueKind.String:
                fields.Add(new(name, value.GetString()!));
                return;
            case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                fields.Add(new(name, value.GetRawText()));
                return;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Add(fields, $"{name}[{property.Name}]", property.Value);
                }

                return;
            default:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Add(fields, $"{name}[{index.ToString(CultureInfo.InvariantCulture)}]", item);
                    index++;
                }

                return;
        }
    }
}
