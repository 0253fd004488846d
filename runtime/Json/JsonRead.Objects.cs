using System.Text.Json;

namespace OpenApiGen.Runtime;

// Object traversal used by generated converters, so each converter stays a flat switch over property names.
public static partial class JsonRead
{
    /// <summary>Checks that the reader is on the start of an object of the named type.</summary>
    /// <exception cref="JsonException">The current token is not <c>{</c>.</exception>
    public static void StartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonErrors.WrongToken(ref reader, "an object", typeName);
        }
    }

    /// <summary>
    /// Advances to the next property of the current object and then onto its value. Returns false at the end
    /// of the object.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string propertyName)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            propertyName = string.Empty;
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException($"Expected a property name but found {reader.TokenType}.");
        }

        propertyName = reader.GetString()!;
        if (!reader.Read())
        {
            throw new JsonException($"The JSON ended before the value of property '{propertyName}'.");
        }

        return true;
    }

    /// <summary>Creates the exception for a required property that the JSON object lacks or sets to null.</summary>
    public static JsonException MissingProperty(string typeName, string propertyName) =>
        new($"The required property '{propertyName}' of {typeName} is missing or null.");
}
