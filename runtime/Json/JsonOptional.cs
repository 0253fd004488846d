using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// The value of an optional, nullable record property together with whether it was set. Generated records keep it
/// in a backing field, so their converters write a property set to null as JSON null and leave an unset one out.
/// </summary>
/// <remarks>
/// The default instance is unset. Two instances are equal when both are unset, or both are set to equal values.
/// </remarks>
/// <typeparam name="T">The property's nullable type.</typeparam>
public readonly struct JsonOptional<T> : IEquatable<JsonOptional<T>>
{
    /// <summary>Creates a set instance; <paramref name="value"/> may be null.</summary>
    public JsonOptional(T value)
    {
        Value = value;
        IsSet = true;
    }

    /// <summary>The value, or the default of <typeparamref name="T"/> when the instance is unset.</summary>
    public T Value { get; }

    /// <summary>Whether the property was set, by a caller or by reading it from JSON, even to null.</summary>
    public bool IsSet { get; }

    /// <inheritdoc/>
    public bool Equals(JsonOptional<T> other) =>
        IsSet == other.IsSet && EqualityComparer<T>.Default.Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JsonOptional<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsSet, Value);

    /// <summary>Compares two instances as <see cref="Equals(JsonOptional{T})"/> does.</summary>
    public static bool operator ==(JsonOptional<T> left, JsonOptional<T> right) => left.Equals(right);

    /// <summary>Compares two instances as <see cref="Equals(JsonOptional{T})"/> does.</summary>
    public static bool operator !=(JsonOptional<T> left, JsonOptional<T> right) => !left.Equals(right);
}
