using System;
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
    /// Serializes <paramref name="value"/> into form fields, each top-level property in the style its encoding names.
    /// Without an encoding a property uses OpenAPI's default, the form style with explode: a plain value becomes
    /// <c>name=value</c>, an array repeats the name and an object sends each of its properties as a field. Values
    /// nested deeper use brackets (<c>name[key]=value</c>, <c>name[0][key]=value</c>) as APIs such as Stripe's read
    /// them. Null properties are left out.
    /// </summary>
    /// <param name="value">The body.</param>
    /// <param name="write">The generated JSON writer of the body's type.</param>
    /// <param name="encodings">The spec's <c>encoding</c> entries of the media type, by property name.</param>
    /// <exception cref="ArgumentException">The value is not written as a JSON object, or an array has a null item.
    /// </exception>
    public static HttpContent Create<T>(T value, Action<Utf8JsonWriter, T> write, params FormFieldEncoding[] encodings)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new FormUrlEncodedContent(Fields(value, write, encodings));
    }

    /// <summary>Returns the form fields of <paramref name="value"/> in the order <see cref="Create{T}"/> sends them.</summary>
    /// <exception cref="ArgumentException">The value is not written as a JSON object, or an array has a null item.
    /// </exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields<T>(
        T value, Action<Utf8JsonWriter, T> write, params FormFieldEncoding[] encodings)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(encodings);
        using var document = JsonDocument.Parse(JsonBody.ToUtf8(value, write));
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
            var encoding = Array.Find(encodings, entry => entry.Name == property.Name)
                ?? new FormFieldEncoding(property.Name, ParameterStyle.Form, Explode: true);
            AddField(fields, property.Name, property.Value, encoding);
        }

        return fields;
    }

    /// <summary>
    /// Returns the fields of one value named <paramref name="name"/> with brackets all the way down
    /// (<c>name[key]=value</c>, <c>name[key][0]=value</c>), the deepObject convention that APIs such as Stripe's
    /// extend to nested objects and arrays. Null properties are left out, and a null array item throws.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DeepObjectFields<T>(
        string name, T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(write);
        using var document = JsonDocument.Parse(JsonBody.ToUtf8(value, write));
        var fields = new List<KeyValuePair<string, string>>();
        Add(fields, name, document.RootElement);
        return fields;
    }

    /// <summary>Adds the fields of one top-level property in the style of <paramref name="encoding"/>.</summary>
    internal static void AddField(
        List<KeyValuePair<string, string>> fields, string name, JsonElement value, FormFieldEncoding encoding)
    {
        if (encoding.Style == ParameterStyle.DeepObject || value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
        {
            Add(fields, name, value);
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (encoding.Explode)
            {
                AddTopLevelArray(fields, name, value);
                return;
            }

            var separator = encoding.Style switch
            {
                ParameterStyle.SpaceDelimited => " ",
                ParameterStyle.PipeDelimited => "|",
                _ => ",",
            };
            if (!TryJoin(name, value.EnumerateArray(), separator, out var joined))
            {
                Add(fields, name, value);
                return;
            }

            fields.Add(new(name, joined));
            return;
        }

        if (encoding.Style != ParameterStyle.Form)
        {
            Add(fields, name, value);
        }
        else if (encoding.Explode)
        {
            // Form with explode sends an object's properties as fields of their own.
            foreach (var property in value.EnumerateObject())
            {
                Add(fields, property.Name, property.Value);
            }
        }
        else if (TryJoinPairs(value, out var pairs))
        {
            fields.Add(new(name, pairs));
        }
        else
        {
            Add(fields, name, value);
        }
    }

    /// <summary>Joins plain values as text; returns false when any is an object or array.</summary>
    /// <exception cref="ArgumentException">A value is null.</exception>
    private static bool TryJoin(string name, IEnumerable<JsonElement> values, string separator, out string joined)
    {
        var texts = new List<string>();
        foreach (var value in values)
        {
            if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                throw NullItem(name, texts.Count);
            }

            if (PlainText(value) is not { } text)
            {
                joined = string.Empty;
                return false;
            }

            texts.Add(text);
        }

        joined = string.Join(separator, texts);
        return true;
    }

    /// <summary>Joins an object's plain properties as <c>key,value,key,value</c>, the form style without explode.</summary>
    private static bool TryJoinPairs(JsonElement value, out string joined)
    {
        var texts = new List<string>();
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            if (PlainText(property.Value) is not { } text)
            {
                joined = string.Empty;
                return false;
            }

            texts.Add(property.Name);
            texts.Add(text);
        }

        joined = string.Join(",", texts);
        return true;
    }

    private static string? PlainText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static void AddTopLevelArray(List<KeyValuePair<string, string>> fields, string name, JsonElement array)
    {
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                throw NullItem(name, index);
            }

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

    /// <summary>
    /// Creates the exception for a null array item, which a form field cannot carry: leaving it out would shift the
    /// later items, and an empty value would read as an empty string.
    /// </summary>
    private static ArgumentException NullItem(string name, int index) =>
        NullItems.CreateError($"Field '{name}'", index, "a form field or multipart part", "value");

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
                    if (item.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                    {
                        throw NullItem(name, index);
                    }

                    Add(fields, $"{name}[{index.ToString(CultureInfo.InvariantCulture)}]", item);
                    index++;
                }

                return;
        }
    }
}

/// <summary>
/// How one top-level property of a form body is encoded, from the media type's <c>encoding</c> entry: form (the
/// default), spaceDelimited, pipeDelimited or deepObject, with or without explode.
/// </summary>
public sealed record FormFieldEncoding(string Name, ParameterStyle Style, bool Explode);

