using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Runtime.Tests;

public sealed class BinaryBodyTests
{
    [Fact]
    public async Task Create_RewindsSeekableStream()
    {
        var stream = new MemoryStream([1, 2, 3]) { Position = 2 };

        using HttpContent content = BinaryBody.Create(stream, "application/octet-stream");

        Assert.Equal(new byte[] { 1, 2, 3 }, await content.ReadAsByteArrayAsync());
        Assert.Equal("application/octet-stream", content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void Dispose_LeavesCallerStreamOpen()
    {
        var stream = new MemoryStream([1]);

        BinaryBody.Create(stream, "image/png").Dispose();

        Assert.True(stream.CanRead);
    }
}
