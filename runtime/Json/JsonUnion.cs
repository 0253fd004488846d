using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Helpers for the converters of generated union types, which choose one alternative for a JSON value without
/// reflection. Each helper that looks ahead works on a copy of the reader, so the caller's position is unchanged.
/// </summary>
public static class JsonUnion
{
    /// <summary>
    /// Tries to read a value with <paramref name="read"/>. On success the reader is on the value's last token; on
    /// a <see cref="JsonException"/> the reader stays where it was and the method returns false.
    /// </summary>
    public static bool TryRead<T>(ref Utf8JsonReader reader, JsonReadFunc<T> read, out T value)
    {
        ArgumentNullException.ThrowIfNull(read);
        var copy = reader;
        try
        {
            value = read(ref copy);
        }
        catch (JsonException)
        {
            value = default!;
            return false;
        }

        reader = copy;
        return true;
    }

    /// <summary>
    /// Rejects JSON null where a union without a null alternative is read, as records reject null for a required
    /// property that is not nullable. Nullable places check for null before they call the union's converter.
    /// </summary>
    /// <exception cref="JsonException">The reader is on a null token.</exception>
    public static void RejectNull(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw JsonErrors.WrongToken(ref reader, "a value", typeName);
        }
    }

    /// <summary>
    /// Tries to read a nested union with <paramref name="read"/>, and succeeds only when the nested union recognized
    /// the value. Otherwise the reader stays where it was, so the caller can keep the JSON itself.
    /// </summary>
    public static bool TryReadKnown<T>(ref Utf8JsonReader reader, JsonReadFunc<T> read, [MaybeNullWhen(false)] out T value)
        where T : UnionValue
    {
        // Unions that contain each other (T is anyOf [T2, …] and T2 is oneOf [T, …]) would try each other at the
        // same token forever on a value that neither accepts. A second attempt of one union at one token fails.
        var attempt = (reader.TokenStartIndex, typeof(T));
        nestedAttempts ??= new HashSet<(long, Type)>();
        if (!nestedAttempts.Add(attempt))
        {
            value = default;
            return false;
        }

        try
        {
            var copy = reader;
            if (!TryRead(ref copy, read, out value) || value.IsUnknown)
            {
                value = default;
                return false;
            }

            reader = copy;
            return true;
        }
        finally
        {
            nestedAttempts.Remove(attempt);
        }
    }

    // The nested union reads in progress on this thread, by token position and union type.
    [ThreadStatic]
    private static HashSet<(long Position, Type Union)>? nestedAttempts;

    /// <summary>
    /// Returns the value of the named property of the object the reader is on, without moving the reader: the
    /// text of a string, the raw JSON of any other value, or null when the object lacks the property.
    /// </summary>
    /// <remarks>The property may come anywhere in the object; only the object's own properties are searched.</remarks>
    public static string? FindProperty(Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (JsonRead.NextProperty(ref reader, out var name))
        {
            if (name == propertyName)
            {
                return reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : JsonElement.ParseValue(ref reader).GetRawText();
            }

            JsonRead.Skip(ref reader);
        }

        return null;
    }

    /// <summary>
    /// Orders the object alternatives of a union for the object the reader is on, without moving the reader.
    /// An alternative qualifies when the object contains all its required properties. Qualifying alternatives
    /// come first by how many of the object's properties they declare, most first, then in the order given.
    /// </summary>
    /// <returns>The indexes into <paramref name="shapes"/> of the qualifying alternatives.</returns>
    public static int[] RankObjects(Utf8JsonReader reader, IReadOnlyList<JsonObjectShape> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        var present = reader.TokenType == JsonTokenType.StartObject
            ? PropertyNames(reader)
            : new HashSet<string>(StringComparer.Ordinal);
        var ranked = new List<(int Index, int Score)>();
        for (var index = 0; index < shapes.Count; index++)
        {
            if (shapes[index].Qualifies(present, out var score))
            {
                ranked.Add((index, score));
            }
        }

        return SortByScore(ranked);
    }

    /// <summary>
    /// Orders the array alternatives of a union for the array the reader is on, without moving the reader. An
    /// alternative whose items are objects (a non-null shape) qualifies when every element is an object that
    /// qualifies for the shape, and scores the sum of the elements' scores, as <see cref="RankObjects"/> scores
    /// one object. An alternative with a null shape, whose items are not objects, qualifies with score 0 and is
    /// left to the reading attempt. Higher scores come first, then the order given.
    /// </summary>
    /// <remarks>An empty array scores 0 for every alternative, so it goes to the first array alternative.</remarks>
    /// <returns>The indexes into <paramref name="itemShapes"/> of the qualifying alternatives.</returns>
    public static int[] RankArrays(Utf8JsonReader reader, IReadOnlyList<JsonObjectShape?> itemShapes)
    {
        ArgumentNullException.ThrowIfNull(itemShapes);
        var elements = new List<HashSet<string>?>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                elements.Add(reader.TokenType == JsonTokenType.StartObject ? PropertyNames(reader) : null);
                JsonRead.Skip(ref reader);
            }
        }

        var ranked = new List<(int Index, int Score)>();
        for (var index = 0; index < itemShapes.Count; index++)
        {
            if (ScoreElements(itemShapes[index], elements) is { } score)
            {
                ranked.Add((index, score));
            }
        }

        return SortByScore(ranked);
    }

    /// <summary>
    /// Returns the summed score of the elements for the shape, or null when an element does not qualify.
    /// </summary>
    private static int? ScoreElements(JsonObjectShape? shape, List<HashSet<string>?> elements)
    {
        if (shape is null)
        {
            return 0;
        }

        var total = 0;
        foreach (var present in elements)
        {
            if (present is null || !shape.Qualifies(present, out var score))
            {
                return null;
            }

            total += score;
        }

        return total;
    }

    private static HashSet<string> PropertyNames(Utf8JsonReader reader)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        while (JsonRead.NextProperty(ref reader, out var name))
        {
            present.Add(name);
            JsonRead.Skip(ref reader);
        }

        return present;
    }

    private static int[] SortByScore(List<(int Index, int Score)> ranked)
    {
        // List.Sort is unstable, so equal scores are ordered by index explicitly.
        ranked.Sort((left, right) => left.Score != right.Score
            ? right.Score.CompareTo(left.Score)
            : left.Index.CompareTo(right.Index));
        return ranked.ConvertAll(entry => entry.Index).ToArray();
    }

    /// <summary>
    /// Returns whether <see cref="FormatParameter"/> can write the value: a string, number, boolean, date, enum
    /// struct or JSON scalar, but not an object, array or list.
    /// </summary>
    public static bool HasTextForm(object value) => value switch
    {
        JsonElement element => element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array),
        string or byte[] or IFormattable or ValueType => true,
        _ => false,
    };

    /// <summary>
    /// Formats the items of the list in a union, looking through nested unions, for a parameter written in an
    /// array style. Returns null when the union's value is not a list or JSON array.
    /// </summary>
    /// <exception cref="NotSupportedException">An item is a list or record, which no parameter style can
    /// write.</exception>
    public static IReadOnlyList<string>? ParameterItems(UnionValue union)
    {
        ArgumentNullException.ThrowIfNull(union);
        var value = union.Value;
        while (value is UnionValue nested)
        {
            value = nested.Value;
        }

        var items = new List<string>();
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var element in array.EnumerateArray())
                {
                    items.Add(FormatParameter(element));
                }

                return items;
            case string or byte[] or JsonElement:
                return null;
            case System.Collections.IEnumerable list:
                foreach (var item in list)
                {
                    // OpenAPI defines no text for a null item, so it is sent as an empty value, as array
                    // parameters send it.
                    items.Add(item is null ? string.Empty : FormatParameter(item));
                }

                return items;
            default:
                return null;
        }
    }

    /// <summary>
    /// Formats the value a union holds for a path, query, header or cookie parameter. Any other struct is a
    /// generated enum struct, whose <c>ToString</c> returns the value as it is sent.
    /// </summary>
    /// <exception cref="NotSupportedException">The value is an array, object or other value that has no text
    /// form; pass a string or number alternative instead.</exception>
    public static string FormatParameter(object value) => value switch
    {
        string text => text,
        bool flag => ParameterFormatter.Format(flag),
        int number => ParameterFormatter.Format(number),
        long number => ParameterFormatter.Format(number),
        float number => ParameterFormatter.Format(number),
        double number => ParameterFormatter.Format(number),
        decimal number => ParameterFormatter.Format(number),
        DateTimeOffset instant => ParameterFormatter.Format(instant),
        DateOnly date => ParameterFormatter.Format(date),
        TimeOnly time => ParameterFormatter.Format(time),
        TimeSpan duration => ParameterFormatter.Format(duration),
        Guid id => ParameterFormatter.Format(id),
        JsonElement { ValueKind: JsonValueKind.String } element => element.GetString()!,
        JsonElement element => element.GetRawText(),
        UnionValue nested => FormatParameter(nested.Value),
        byte[] bytes => ParameterFormatter.Format(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        ValueType => value.ToString() ?? string.Empty,
        _ => throw new NotSupportedException(
            $"A parameter value of type {value?.GetType().Name ?? "null"} has no text form; use a string, number or boolean alternative."),
    };
}
