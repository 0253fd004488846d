using System;
using System.Collections;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Equality of the values that unions hold: lists and maps by their items, recursively, and JSON by its structure
/// where the framework offers that. <see cref="HashCode(object?)"/> agrees with <see cref="AreEqual"/>.
/// </summary>
internal static class HeldValues
{
    /// <summary>Returns whether the two values are equal, comparing collections item by item.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null)
        {
            return false;
        }

        return (left, right) switch
        {
            (JsonElement leftJson, JsonElement rightJson) => JsonEqual(leftJson, rightJson),
            (string, _) or (_, string) => left.Equals(right),
            (IDictionary leftMap, IDictionary rightMap) => MapsEqual(leftMap, rightMap),
            (IDictionary, _) or (_, IDictionary) => false,
            (IEnumerable leftItems, IEnumerable rightItems) => ItemsEqual(leftItems, rightItems),
            _ => left.Equals(right),
        };
    }

    /// <summary>Returns a hash code that is equal for values that <see cref="AreEqual"/> finds equal.</summary>
    public static int HashCode(object? value)
    {
        switch (value)
        {
            case null:
                return 0;
            case JsonElement json:
                return JsonHashCode(json);
            case string text:
                return text.GetHashCode();
            case IDictionary map:
                // Entries are added without order, because maps with the same entries in another order are equal.
                var sum = 0;
                foreach (DictionaryEntry entry in map)
                {
                    sum += System.HashCode.Combine(HashCode(entry.Key), HashCode(entry.Value));
                }

                return sum;
            case IEnumerable items:
                var combined = new HashCode();
                foreach (var item in items)
                {
                    combined.Add(HashCode(item));
                }

                return combined.ToHashCode();
            default:
                return value.GetHashCode();
        }
    }

    private static bool MapsEqual(IDictionary left, IDictionary right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (DictionaryEntry entry in left)
        {
            if (!right.Contains(entry.Key) || !AreEqual(entry.Value, right[entry.Key]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ItemsEqual(IEnumerable left, IEnumerable right)
    {
        var leftItems = left.GetEnumerator();
        var rightItems = right.GetEnumerator();
        while (leftItems.MoveNext())
        {
            if (!rightItems.MoveNext() || !AreEqual(leftItems.Current, rightItems.Current))
            {
                return false;
            }
        }

        return !rightItems.MoveNext();
    }

#if NET9_0_OR_GREATER
    private static bool JsonEqual(JsonElement left, JsonElement right) => JsonElement.DeepEquals(left, right);

    // DeepEquals ignores whitespace and compares numbers by value, so only the kind, a string's text and an
    // array's length are hashed.
    private static int JsonHashCode(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => System.HashCode.Combine(json.ValueKind, json.GetString()),
        JsonValueKind.Array => System.HashCode.Combine(json.ValueKind, json.GetArrayLength()),
        _ => json.ValueKind.GetHashCode(),
    };
#else
    // NOTE: .NET 8 has no JsonElement.DeepEquals, so unknown JSON compares by its raw text there, and
    // {"a":1} differs from { "a": 1 }.
    private static bool JsonEqual(JsonElement left, JsonElement right) =>
        left.GetRawText() == right.GetRawText();

    private static int JsonHashCode(JsonElement json) => StringComparer.Ordinal.GetHashCode(json.GetRawText());
#endif
}
