using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// The base of generated union types: the value of one alternative, or a <see cref="JsonElement"/> with JSON that
/// matched none of them.
/// </summary>
/// <remarks>
/// Two unions are equal, by <c>Equals</c> and by <c>==</c>, when they are of the same type and hold equal values.
/// Lists (and byte arrays) compare item by item and maps entry by entry, recursively, while other values use their
/// own <see cref="object.Equals(object)"/>, so records compare by value but a list inside a record by reference.
/// Unknown JSON compares structurally on .NET 9 and later, where <c>{"a":1}</c> equals <c>{ "a": 1 }</c>, and by
/// its raw text on .NET 8.
/// </remarks>
public abstract class UnionValue : IEquatable<UnionValue>
{
    /// <summary>Creates a union that contains <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    protected UnionValue(object value)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The value held: one of the alternatives, or a <see cref="JsonElement"/> with JSON that matched none of
    /// them. Use it in a <c>switch</c> on the alternatives' types.
    /// </summary>
    public object Value { get; }

    /// <summary>Whether the value is JSON that matched no alternative, kept as it was received.</summary>
    public bool IsUnknown => Value is JsonElement;

    /// <inheritdoc/>
    public bool Equals(UnionValue? other) =>
        other is not null && other.GetType() == GetType() && HeldValues.AreEqual(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnionValue);

    /// <inheritdoc/>
    public override int GetHashCode() => HeldValues.HashCode(Value);

    /// <summary>Returns whether both are null, or both are unions equal by <see cref="Equals(UnionValue)"/>.</summary>
    public static bool operator ==(UnionValue? left, UnionValue? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether the unions differ, the negation of <c>==</c>.</summary>
    public static bool operator !=(UnionValue? left, UnionValue? right) => !(left == right);

    /// <summary>
    /// Returns the value's JSON text as the union's converter writes it, such as <c>["a","b"]</c> for a list or
    /// <c>{"name":"Tom"}</c> for a record, except that a JSON string is returned without quotes or escapes.
    /// Characters outside ASCII are kept as they are, so the text is for display, not for embedding in HTML. A NaN
    /// or infinite number, which has no JSON text, is returned as .NET formats it.
    /// </summary>
    public override string ToString()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        try
        {
            using var writer = new Utf8JsonWriter(buffer, options);
            WriteJson(writer);
        }
        catch (ArgumentOutOfRangeException)
        {
            // JSON has no number for NaN or an infinity, which a float or double alternative may still hold.
            return Value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : Value.ToString() ?? string.Empty;
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the value as JSON, as the union's converter does.</summary>
    protected abstract void WriteJson(Utf8JsonWriter writer);

    /// <summary>Gets the value when it is of type <typeparamref name="T"/>.</summary>
    protected bool TryGet<T>([MaybeNullWhen(false)] out T value)
    {
        if (Value is T held)
        {
            value = held;
            return true;
        }

        value = default;
        return false;
    }
}
