using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Multipart encoding entries (part headers, style and explode) and base64 parts, checked on the wire: the generated
/// client sends the body to a capturing handler and the test parses the multipart text.
/// </summary>
public sealed class MultipartWireTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: Uploads, version: '1'}
        paths:
          /up:
            post:
              operationId: upload
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      properties:
                        file: {type: string, format: binary}
                        ids: {type: array, items: {type: integer}}
                        tags: {type: array, items: {type: string}}
                        words: {type: array, items: {type: string}}
                        color: {type: object, properties: {R: {type: integer}, G: {type: integer}}}
                        filter: {type: object, properties: {owner: {type: string}}}
                        meta: {type: object, properties: {owner: {type: string}}}
                        scan: {type: string, contentEncoding: base64, contentMediaType: image/png}
                        checksum: {type: string, format: byte}
                        photo: {type: string, format: binary}
                    encoding:
                      photo:
                        headers:
                          Content-Transfer-Encoding: {schema: {type: string, enum: [base64]}}
                      file:
                        contentType: image/png
                        headers:
                          X-Rate-Limit-Limit:
                            required: true
                            schema: {type: integer}
                          X-Labels: {schema: {type: array, items: {type: string}}}
                          Content-Type: {schema: {type: string}}
                      tags: {style: form, explode: false, contentType: application/json}
                      words: {style: pipeDelimited}
                      color: {explode: true}
                      filter: {style: deepObject, explode: true}
              responses:
                '204': {description: Stored}
        """;

    [Fact]
    public async Task PartHeadersAreSent()
    {
        var parts = await SendAsync(
            new() { ["File"] = new FilePart([1, 2], "a.png") },
            ("fileXRateLimitLimit", 10L),
            ("fileXLabels", new[] { "a", "b" }));

        var file = Assert.Single(parts, part => part.Name == "file");
        Assert.Equal("10", file.Headers["X-Rate-Limit-Limit"]);
        Assert.Equal("a,b", file.Headers["X-Labels"]);
        Assert.Equal("image/png", file.Headers["Content-Type"]);
    }

    [Fact]
    public async Task AbsentOptionalPartHeaderIsLeftOut()
    {
        var parts = await SendAsync(new() { ["File"] = new FilePart([1], "a.png") }, ("fileXRateLimitLimit", 1L));

        var file = Assert.Single(parts, part => part.Name == "file");
        Assert.False(file.Headers.ContainsKey("X-Labels"));
    }

    [Fact]
    public async Task ArrayWithoutStyleRepeatsParts()
    {
        var parts = await SendAsync(new() { ["Ids"] = new List<long> { 1, 2 } });

        Assert.Equal(["1", "2"], parts.Where(part => part.Name == "ids").Select(part => part.Body));
    }

    [Fact]
    public async Task FormWithoutExplodeJoinsArray()
    {
        var parts = await SendAsync(new() { ["Tags"] = new List<string> { "a", "b" } });

        var tags = Assert.Single(parts, part => part.Name == "tags");
        Assert.Equal("a,b", tags.Body);
        Assert.False(tags.Headers.ContainsKey("Content-Type"));
    }

    [Fact]
    public async Task PipeDelimitedJoinsArray()
    {
        var parts = await SendAsync(new() { ["Words"] = new List<string> { "a", "b" } });

        Assert.Equal("a|b", Assert.Single(parts, part => part.Name == "words").Body);
    }

    [Fact]
    public async Task ExplodedObjectSendsPropertyParts()
    {
        var parts = await SendAsync(new() { ["Color"] = Record("UploadRequestColor", ("R", 100L), ("G", 200L)) });

        Assert.Equal("100", Assert.Single(parts, part => part.Name == "R").Body);
        Assert.Equal("200", Assert.Single(parts, part => part.Name == "G").Body);
        Assert.DoesNotContain(parts, part => part.Name == "color");
    }

    [Fact]
    public async Task DeepObjectSendsBracketParts()
    {
        var parts = await SendAsync(new() { ["Filter"] = Record("UploadRequestFilter", ("Owner", "ann")) });

        Assert.Equal("ann", Assert.Single(parts, part => part.Name == "filter[owner]").Body);
    }

    [Fact]
    public async Task ObjectWithoutStyleIsJson()
    {
        var parts = await SendAsync(new() { ["Meta"] = Record("UploadRequestMeta", ("Owner", "ann")) });

        var meta = Assert.Single(parts, part => part.Name == "meta");
        Assert.Equal("{\"owner\":\"ann\"}", meta.Body);
        Assert.Equal("application/json", meta.Headers["Content-Type"]);
    }

    [Fact]
    public async Task ContentEncodingBase64FileIsEncoded()
    {
        var parts = await SendAsync(new() { ["Scan"] = new FilePart([0xFF, 0x00, 0x10], "scan.png") });

        var scan = Assert.Single(parts, part => part.Name == "scan");
        Assert.Equal("/wAQ", scan.Body);
        Assert.Equal("base64", scan.Headers["Content-Transfer-Encoding"]);
        Assert.Equal("image/png", scan.Headers["Content-Type"]);
    }

    [Fact]
    public async Task FormatByteIsBase64Part()
    {
        var parts = await SendAsync(new() { ["Checksum"] = new byte[] { 0xFF, 0x00, 0x10 } });

        var checksum = Assert.Single(parts, part => part.Name == "checksum");
        Assert.Equal("/wAQ", checksum.Body);
        Assert.Equal("base64", checksum.Headers["Content-Transfer-Encoding"]);
        Assert.Equal("application/octet-stream", checksum.Headers["Content-Type"]);
    }

    [Fact]
    public async Task TransferEncodingHeaderMakesBase64()
    {
        var parts = await SendAsync(new() { ["Photo"] = new FilePart([0xFF, 0x00, 0x10], "photo.jpg", "image/jpeg") });

        var photo = Assert.Single(parts, part => part.Name == "photo");
        Assert.Equal("/wAQ", photo.Body);
        Assert.Equal("base64", photo.Headers["Content-Transfer-Encoding"]);
        Assert.Equal("image/jpeg", photo.Headers["Content-Type"]);
    }

    private static readonly Lazy<Assembly> Client =
        new(() => GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("uploads.yaml", Spec)));

    /// <summary>Builds an UploadRequest with the given properties, calls UploadAsync and parses the sent body.</summary>
    private static async Task<List<WirePart>> SendAsync(
        Dictionary<string, object> properties, params (string Name, object Value)[] arguments)
    {
        var body = Record("UploadRequest", properties.Select(entry => (entry.Key, entry.Value)).ToArray());
        var handler = new CapturingHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Client.Value.GetType("Generated.Tests.Uploads.UploadsClient", throwOnError: true)!;
        var client = root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;
        var method = client.GetType().GetMethod("UploadAsync")!;
        var values = method.GetParameters().Select(parameter => parameter.Name switch
        {
            "body" => body,
            "cancellationToken" => CancellationToken.None,
            _ => arguments.FirstOrDefault(argument => argument.Name == parameter.Name).Value,
        }).ToArray();

        await (Task)method.Invoke(client, values)!;

        return WirePart.Parse(handler.ContentType!, handler.Body!);
    }

    private static object Record(string typeName, params (string Name, object Value)[] properties)
    {
        var type = Client.Value.GetType("Generated.Tests.Uploads." + typeName, throwOnError: true)!;
        var record = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(record, value);
        }

        return record;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public string? ContentType { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ContentType = request.Content!.Headers.ContentType!.ToString();
            Body = Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }

    /// <summary>One parsed part: its name from Content-Disposition, its header lines and its body text.</summary>
    private sealed record WirePart(string Name, Dictionary<string, string> Headers, string Body)
    {
        public static List<WirePart> Parse(string contentType, string body)
        {
            var boundary = "--" + contentType[(contentType.IndexOf("boundary=", StringComparison.Ordinal) + 9)..].Trim('"');
            Assert.EndsWith(boundary + "--\r\n", body);
            var parts = new List<WirePart>();
            foreach (var text in body.Split(boundary).Skip(1).SkipLast(1))
            {
                var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                var headers = text[2..split].Split("\r\n").ToDictionary(
                    line => line[..line.IndexOf(':', StringComparison.Ordinal)],
                    line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                var disposition = headers["Content-Disposition"];
                var name = disposition[(disposition.IndexOf("name=\"", StringComparison.Ordinal) + 6)..];
                parts.Add(new WirePart(name[..name.IndexOf('"', StringComparison.Ordinal)], headers, text[(split + 4)..^2]));
            }

            return parts;
        }
    }
}
