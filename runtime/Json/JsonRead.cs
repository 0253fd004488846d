using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// Readers of one JSON value for generated converters, without reflection, so clients trim and compile with
/// NativeAOT. Each reads the token the reader is on, leaves the reader on the value's last token, and throws a
/// <see cref="JsonException"/> naming the expected type and the token found. None accepts null, because generated
/// code checks for <see cref="JsonTokenType.Null"/> first.
/// </summary>
public static partial class JsonRead
{
    /// <summary>Reads a JSON string, with escapes decoded.</summary>
    public static string String(ref Utf8JsonReader reader) => StringToken(ref reader, "a string", "String");

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw JsonErrors.WrongToken(ref reader, "true or false", "Boolean"),
    };

    /// <summary>Reads a whole JSON number from -2147483648 to 2147483647.</summary>
    public static int Int32(ref Utf8JsonReader reader)
    {
        ExpectNumber(ref reader, "Int32");
        return reader.TryGetInt32(out int value)
            ? value
            : throw JsonErrors.OutOfRange(ref reader, "Int32", "a whole number from -2147483648 to 2147483647");
    }

    /// <summary>Reads a whole JSON number in the range of <see cref="long"/>.</summary>
    public static long Int64(ref Utf8JsonReader reader)
    {
        ExpectNumber(ref reader, "Int64");
        return reader.TryGetInt64(out long value)
            ? value
            : throw JsonErrors.OutOfRange(ref reader, "Int64", "a whole number in the 64-bit range");
    }

    /// <summary>Reads a JSON number that is finite as a <see cref="float"/>.</summary>
    public static float Single(ref Utf8JsonReader reader)
    {
        ExpectNumber(ref reader, "Single");
        return reader.TryGetSingle(out float value) && float.IsFinite(value)
            ? value
            : throw JsonErrors.OutOfRange(ref reader, "Single", "a number of magnitude below 3.4E+38");
    }

    /// <summary>Reads a JSON number that is finite as a <see cref="double"/>.</summary>
    public static double Double(ref Utf8JsonReader reader)
    {
        ExpectNumber(ref reader, "Double");
        return reader.TryGetDouble(out double value) && double.IsFinite(value)
            ? value
            : throw JsonErrors.OutOfRange(ref reader, "Double", "a number of magnitude below 1.7E+308");
    }

    /// <summary>Reads a JSON number that fits a <see cref="decimal"/>, keeping its scale.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        ExpectNumber(ref reader, "Decimal");
        return reader.TryGetDecimal(out decimal value)
            ? value
            : throw JsonErrors.OutOfRange(ref reader, "Decimal", "a number of magnitude below 7.9E+28");
    }

    private static void ExpectNumber(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonErrors.WrongToken(ref reader, "a number", typeName);
        }
    }

    private static string StringToken(ref Utf8JsonReader reader, string expected, string typeName) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw JsonErrors.WrongToken(ref reader, expected, typeName);
}
