using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class ErrorBodyReaderTests
{
    private static async Task<ApiException> FailAsync(HttpStatusCode status, string json, params ErrorBodyReader[] readers)
    {
        var handler = FakeHandler.Always(() => Responses.Json(json, status));
        var request = TestConnections.Get();
        foreach (var reader in readers)
        {
            request.WithErrorBody(reader);
        }

        return await Assert.ThrowsAsync<ApiException>(
            () => TestConnections.Create(handler).SendAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task ExactStatus_WinsOverRangeAndDefault()
    {
        var exception = await FailAsync(
            HttpStatusCode.NotFound,
            "\"gone\"",
            ErrorBodyReader.Json("default", JsonRead.Boolean),
            ErrorBodyReader.Json("4XX", JsonRead.Int64),
            ErrorBodyReader.Json("404", JsonRead.String));

        Assert.True(exception.TryGetError<string>(out var error));
        Assert.Equal("gone", error);
    }

    [Fact]
    public async Task Range_UsedWithoutExactStatus()
    {
        var exception = await FailAsync(
            HttpStatusCode.Conflict, "409", ErrorBodyReader.Json("4XX", JsonRead.Int64), ErrorBodyReader.Json("500", JsonRead.String));

        Assert.Equal(409L, exception.Error);
    }

    [Fact]
    public async Task Default_UsedLast()
    {
        var exception = await FailAsync(HttpStatusCode.InternalServerError, "true", ErrorBodyReader.Json("default", JsonRead.Boolean));

        Assert.Equal(true, exception.Error);
    }

    [Fact]
    public async Task MismatchedBody_LeavesErrorNull()
    {
        var exception = await FailAsync(HttpStatusCode.BadRequest, "{\"a\":1}", ErrorBodyReader.Json("400", JsonRead.String));

        Assert.Null(exception.Error);
        Assert.False(exception.TryGetError<string>(out _));
        Assert.Equal("{\"a\":1}", exception.RawBody);
    }

    [Theory]
    [InlineData("4xx")]
    [InlineData("40")]
    [InlineData("X00")]
    [InlineData("Default")]
    public void InvalidStatus_Throws(string status)
    {
        var error = Assert.Throws<ArgumentException>(() => ErrorBodyReader.Json(status, JsonRead.String));

        Assert.Contains($"'{status}'", error.Message, StringComparison.Ordinal);
    }
}
