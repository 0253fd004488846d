using Xunit;

namespace OpenApiGen.Runtime.Tests;

/// <summary>Whether a value was set, and the equality that generated records use for it.</summary>
public sealed class JsonOptionalTests
{
    [Fact]
    public void DefaultIsUnset()
    {
        JsonOptional<string?> unset = default;

        Assert.False(unset.IsSet);
        Assert.Null(unset.Value);
    }

    [Fact]
    public void NullIsSet()
    {
        var setNull = new JsonOptional<string?>(null);

        Assert.True(setNull.IsSet);
        Assert.Null(setNull.Value);
    }

    [Fact]
    public void SetNullDiffersFromUnset()
    {
        var setNull = new JsonOptional<long?>(null);

        Assert.NotEqual(default, setNull);
        Assert.True(setNull != default);
        Assert.False(setNull.Equals((object)default(JsonOptional<long?>)));
    }

    [Fact]
    public void EqualValuesAreEqual()
    {
        var first = new JsonOptional<string?>("a");
        var second = new JsonOptional<string?>("a");

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, new JsonOptional<string?>("b"));
    }
}
