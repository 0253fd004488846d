using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// The base of generated union types: the value of one alternative, or a <see cref="JsonElement"/> with JSON that
/// matched none of them.
/// </summary>
/// <remarks>
/// Two unions are equal, by <c>Equals</c> and by <c>==</c>, when they are of the same type and their values are
/// equal by the values' own <see cref="object.Equals(object)"/>, so records compare by value and lists and maps by
/// reference. Unknown JSON compares by its raw text.
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
    public bool Equals(UnionValue? other)
    {
        if (other is null || other.GetType() != GetType())
        {
            return false;
        }

        return Value is JsonElement json
            ? other.Value is JsonElement otherJson && json.GetRawText() == otherJson.GetRawText()
            : Value.Equals(other.Value);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as UnionValue);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        Value is JsonElement json ? StringComparer.Ordinal.GetHashCode(json.GetRawText()) : Value.GetHashCode();

    /// <summary>Returns whether both are null, or both are unions equal by <see cref="Equals(UnionValue)"/>.</summary>
    public static bool operator ==(UnionValue? left, UnionValue? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Returns whether the unions differ, the negation of <c>==</c>.</summary>
    public static bool operator !=(UnionValue? left, UnionValue? right) => !(left == right);

    /// <summary>Returns the value's text: a string as it is, other JSON as raw text, or the alternative's own text.</summary>
    public override string ToString() => Value.ToString() ?? string.Empty;

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
