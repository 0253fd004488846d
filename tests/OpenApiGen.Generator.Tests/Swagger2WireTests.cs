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
/// Swagger 2.0 formData, header and path parameters on the wire: file fields force multipart/form-data whatever the
/// order of <c>consumes</c>, and collectionFormat decides how array items are joined. formData parameters given by
/// <c>$ref</c> or on the path item are fields of the operation's body like its own. The generated client sends to
/// a capturing handler.
/// </summary>
public sealed class Swagger2WireTests
{
    private const string Spec = """
        swagger: '2.0'
        info: {title: Forms, version: '1'}
        parameters:
          sharedFile: {name: file, in: formData, type: file, required: true}
          sharedPipes: {name: pipes, in: formData, type: array, collectionFormat: pipes, items: {type: string}}
          sharedNote: {name: note, in: formData, type: string}
        paths:
          /shared:
            parameters:
              - $ref: '#/parameters/sharedNote'
              - {name: tag, in: formData, type: integer}
            post:
              operationId: postShared
              consumes: [multipart/form-data]
              parameters:
                - $ref: '#/parameters/sharedFile'
                - $ref: '#/parameters/sharedPipes'
                - {name: tag, in: formData, type: string}
              responses:
                '204': {description: Stored}
          /shared-fields:
            post:
              operationId: postSharedFields
              consumes: [application/x-www-form-urlencoded]
              parameters:
                - $ref: '#/parameters/sharedPipes'
                - $ref: '#/parameters/sharedNote'
              responses:
                '204': {description: Stored}
          /upload:
            post:
              operationId: upload
              consumes: [application/json, application/x-www-form-urlencoded, multipart/form-data]
              parameters:
                - {name: file, in: formData, type: file, required: true}
                - {name: tags, in: formData, type: array, items: {type: string}}
                - {name: words, in: formData, type: array, collectionFormat: ssv, items: {type: string}}
                - {name: ids, in: formData, type: array, collectionFormat: multi, items: {type: integer}}
                - {name: pipes, in: formData, type: array, collectionFormat: pipes, items: {type: string}}
              responses:
                '204': {description: Stored}
          /fields:
            post:
              operationId: postFields
              consumes: [application/x-www-form-urlencoded]
              parameters:
                - {name: tags, in: formData, type: array, items: {type: string}}
                - {name: words, in: formData, type: array, collectionFormat: ssv, items: {type: string}}
                - {name: ids, in: formData, type: array, collectionFormat: multi, items: {type: integer}}
                - {name: pipes, in: formData, type: array, collectionFormat: pipes, items: {type: string}}
              responses:
                '204': {description: Stored}
          /items/{keys}:
            get:
              operationId: getItems
              parameters:
                - {name: keys, in: path, required: true, type: array, collectionFormat: pipes, items: {type: string}}
                - {name: X-Pipes, in: header, type: array, collectionFormat: pipes, items: {type: string}}
                - {name: X-Words, in: header, type: array, collectionFormat: ssv, items: {type: string}}
              responses:
                '204': {description: Found}
        """;

    [Fact]
    public void FileFieldIsFilePart()
    {
        var request = Client.Value.GetType("Generated.Tests.Forms.UploadRequest", throwOnError: true)!;

        Assert.Equal(typeof(FilePart), request.GetProperty("File")!.PropertyType);
    }

    [Fact]
    public async Task FileFieldSendsMultipart()
    {
        var sent = await SendAsync("UploadAsync", "UploadRequest", ("File", new FilePart([1, 2], "a.bin")));

        Assert.StartsWith("multipart/form-data", sent.ContentType);
        Assert.Contains("name=\"file\"", sent.Body);
    }

    [Fact]
    public async Task MultipartCsvArrayIsOnePart()
    {
        var sent = await SendAsync(
            "UploadAsync",
            "UploadRequest",
            ("File", new FilePart([1], "a.bin")),
            ("Tags", new List<string> { "a", "b" }));

        var tags = Assert.Single(Parts(sent), part => part.Name == "tags");
        Assert.Equal("a,b", tags.Body);
    }

    [Fact]
    public async Task MultipartSsvAndPipesJoinItems()
    {
        var sent = await SendAsync(
            "UploadAsync",
            "UploadRequest",
            ("File", new FilePart([1], "a.bin")),
            ("Words", new List<string> { "c", "d" }),
            ("Pipes", new List<string> { "x", "y" }));

        var parts = Parts(sent);
        Assert.Equal("c d", Assert.Single(parts, part => part.Name == "words").Body);
        Assert.Equal("x|y", Assert.Single(parts, part => part.Name == "pipes").Body);
    }

    [Fact]
    public async Task MultipartMultiRepeatsParts()
    {
        var sent = await SendAsync(
            "UploadAsync",
            "UploadRequest",
            ("File", new FilePart([1], "a.bin")),
            ("Ids", new List<long> { 1, 2 }));

        var ids = Parts(sent).Where(part => part.Name == "ids").Select(part => part.Body);
        Assert.Equal(["1", "2"], ids);
    }

    [Fact]
    public async Task FormArraysFollowCollectionFormat()
    {
        var sent = await SendAsync(
            "PostFieldsAsync",
            "PostFieldsRequest",
            ("Tags", new List<string> { "a", "b" }),
            ("Words", new List<string> { "c", "d" }),
            ("Ids", new List<long> { 1, 2 }),
            ("Pipes", new List<string> { "x", "y|z" }));

        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("tags=a%2Cb&words=c+d&ids=1&ids=2&pipes=x%7Cy%7Cz", sent.Body);
    }

    [Fact]
    public async Task HeaderAndPathListsUseSeparator()
    {
        var handler = new CapturingHandler();
        var client = CreateClient(handler);
        var method = client.GetType().GetMethod("GetItemsAsync")!;
        string[] keys = ["k1", "k2"];
        string[] pipes = ["a", "b,c"];
        string[] words = ["d", "e"];

        await (Task)method.Invoke(client, [keys, pipes, words, CancellationToken.None])!;

        Assert.Equal("/items/k1%7Ck2", handler.Uri!.AbsolutePath);
        Assert.Equal("a|b,c", handler.Headers["X-Pipes"]);
        Assert.Equal("d e", handler.Headers["X-Words"]);
    }

    [Fact]
    public async Task HeaderItemWithPipeThrows()
    {
        var client = CreateClient(new CapturingHandler());
        var method = client.GetType().GetMethod("GetItemsAsync")!;
        string[] pipes = ["a", "b|c"];

        object?[] arguments = [new[] { "k" }, pipes, null, CancellationToken.None];

        // The generated method validates before it returns a task, so the exception may come from Invoke itself.
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => (Task)method.Invoke(client, BindingFlags.DoNotWrapExceptions, null, arguments, null)!);
        Assert.Contains("'b|c'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferencedFieldsAreMultipartParts()
    {
        var sent = await SendAsync(
            "PostSharedAsync",
            "PostSharedRequest",
            ("File", new FilePart([1], "a.bin")),
            ("Pipes", new List<string> { "x", "y" }),
            ("Note", "n"),
            ("Tag", "t"));

        Assert.StartsWith("multipart/form-data", sent.ContentType);
        var parts = Parts(sent);
        Assert.Equal(["file", "note", "pipes", "tag"], parts.Select(part => part.Name).Order());
        Assert.Equal("x|y", Assert.Single(parts, part => part.Name == "pipes").Body);
        Assert.Equal("n", Assert.Single(parts, part => part.Name == "note").Body);
    }

    [Fact]
    public void OperationFieldOverridesPathItemField()
    {
        var request = Client.Value.GetType("Generated.Tests.Forms.PostSharedRequest", throwOnError: true)!;

        Assert.Equal(typeof(string), request.GetProperty("Tag")!.PropertyType);
    }

    [Fact]
    public async Task ReferencedFieldsAreFormFields()
    {
        var sent = await SendAsync(
            "PostSharedFieldsAsync",
            "PostSharedFieldsRequest",
            ("Pipes", new List<string> { "x", "y" }),
            ("Note", "n"));

        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("pipes=x%7Cy&note=n", sent.Body);
    }

    [Fact]
    public void ReferencedFileWithoutMultipartIsReported()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Forms, version: '1'}
            parameters:
              upload: {name: file, in: formData, type: file}
            paths:
              /upload:
                post:
                  operationId: upload
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: label, in: formData, type: string}
                    - $ref: '#/parameters/upload'
                  responses:
                    '204': {description: Stored}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("forms.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains(".AddFile(\"file\", body.File)", client);
        Assert.Contains(".AddText(\"label\", ", client);
    }

    [Fact]
    public void ReferencedBodyUsesOperationConsumes()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Notes, version: '1'}
            consumes: [application/xml]
            parameters:
              note: {name: note, in: body, required: true, schema: {$ref: '#/definitions/Note'}}
            paths:
              /notes:
                post:
                  operationId: createNote
                  consumes: [application/json]
                  parameters:
                    - $ref: '#/parameters/note'
                  responses:
                    '204': {description: Stored}
            definitions:
              Note: {type: object, properties: {text: {type: string}}}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("notes.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Empty(result.Diagnostics);
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains("Note body,", client);
        Assert.Contains("JsonBody.Create(body", client);
    }

    [Fact]
    public void MultiAfterBodyParameterExplodes()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Notes, version: '1'}
            paths:
              /notes:
                post:
                  operationId: createNote
                  consumes: [application/json]
                  parameters:
                    - {name: note, in: body, schema: {type: object, properties: {text: {type: string}}}}
                    - {name: ids, in: query, type: array, collectionFormat: multi, items: {type: string}}
                  responses:
                    '204': {description: Stored}
            """;

        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("notes.yaml", spec));

        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains(".WithQuery(\"ids\", global::OpenApiGen.Runtime.ParameterStyle.Form, true,", client);
    }

    [Fact]
    public void JsonDocumentWithReferencesIsRead()
    {
        var spec = """
            {"swagger": "2.0", "info": {"title": "Forms", "version": "1"},
             "parameters": {"note": {"name": "note", "in": "formData", "type": "string"}},
             "paths": {
               "/a": {"post": {"operationId": "postA", "consumes": ["application/x-www-form-urlencoded"],
                 "parameters": [{"$ref": "#/parameters/note"}], "responses": {"204": {"description": "ok"}}}},
               "/b": {"post": {"operationId": "postB", "consumes": ["application/x-www-form-urlencoded"],
                 "parameters": [{"$ref": "#/parameters/note"}], "responses": {"204": {"description": "ok"}}}}}}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("forms.json", spec));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Equal(2, client.Split("FormBody.Create(").Length - 1);
    }

    [Fact]
    public void PathItemBodyIsOperationBody()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Notes, version: '1'}
            parameters:
              'shared note': {name: note, in: body, schema: {$ref: '#/definitions/Note'}}
            paths:
              /inline:
                parameters:
                  - {name: payload, in: body, required: true, schema: {$ref: '#/definitions/Note'}}
                put:
                  operationId: putInline
                  consumes: [application/json]
                  responses:
                    '204': {description: ok}
              /shared:
                parameters:
                  - $ref: '#/parameters/shared note'
                put:
                  operationId: putShared
                  consumes: [application/json]
                  responses:
                    '204': {description: ok}
                post:
                  operationId: postOwn
                  consumes: [application/json]
                  parameters:
                    - {name: own, in: body, schema: {type: string}}
                  responses:
                    '204': {description: ok}
            definitions:
              Note: {type: object, properties: {text: {type: string}}}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("notes.yaml", spec));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains("PutInlineAsync(\n        Note body,", client);
        Assert.Contains("PutSharedAsync(\n        Note? body = null,", client);
        Assert.Contains("PostOwnAsync(\n        string? body = null,", client);
    }

    [Fact]
    public void UnloadableReferenceIsReported()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Forms, version: '1', title: Again}
            parameters:
              note: {name: note, in: formData, type: string}
            paths:
              /notes:
                post:
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - $ref: '#/parameters/note'
                  responses:
                    '204': {description: Stored}
            """;

        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText("forms.yaml", spec));

        var diagnostic = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Id == "OAG0003");
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Duplicate key", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void FileWithoutMultipartConsumesIsReported()
    {
        var spec = """
            swagger: '2.0'
            info: {title: Forms, version: '1'}
            paths:
              /upload:
                post:
                  operationId: upload
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: label, in: formData, type: string}
                    - {name: file, in: formData, type: file}
                  responses:
                    '204': {description: Stored}
            """;

        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("forms.yaml", spec));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("OAG0004", diagnostic.Id);
        Assert.Equal(9, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("multipart/form-data", diagnostic.GetMessage());
        var client = GeneratorHarness.Source(result, "DefaultClient.g.cs");
        Assert.Contains(".AddFile(\"file\", body.File)", client);
    }

    private static readonly Lazy<Assembly> Client =
        new(() => GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("forms.yaml", Spec)));

    /// <summary>Splits a multipart body into (part name, part body) pairs.</summary>
    private static List<(string Name, string Body)> Parts(CapturingHandler sent)
    {
        var boundary = "--" + sent.ContentType[(sent.ContentType.IndexOf("boundary=", StringComparison.Ordinal) + 9)..]
            .Trim('"');
        var parts = new List<(string Name, string Body)>();
        foreach (var text in sent.Body.Split(boundary).Skip(1).SkipLast(1))
        {
            var name = text[(text.IndexOf("name=\"", StringComparison.Ordinal) + 6)..];
            var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            parts.Add((name[..name.IndexOf('"', StringComparison.Ordinal)], text[(split + 4)..^2]));
        }

        return parts;
    }

    /// <summary>Builds the request record, calls the method with it and returns what the handler received.</summary>
    private static async Task<CapturingHandler> SendAsync(
        string methodName, string requestType, params (string Name, object Value)[] properties)
    {
        var type = Client.Value.GetType("Generated.Tests.Forms." + requestType, throwOnError: true)!;
        var body = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(body, value);
        }

        var handler = new CapturingHandler();
        var client = CreateClient(handler);
        var method = client.GetType().GetMethod(methodName)!;
        var values = method.GetParameters()
            .Select(parameter => parameter.Name == "body" ? body : (object)CancellationToken.None)
            .ToArray();

        await (Task)method.Invoke(client, values)!;

        return handler;
    }

    /// <summary>Creates the generated client's tag client over <paramref name="handler"/>.</summary>
    private static object CreateClient(CapturingHandler handler)
    {
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Client.Value.GetType("Generated.Tests.Forms.FormsClient", throwOnError: true)!;
        return root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }

        public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

        public string ContentType { get; private set; } = "";

        public string Body { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            foreach (var header in request.Headers)
            {
                Headers[header.Key] = string.Join(", ", header.Value);
            }

            if (request.Content is null)
            {
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }

            ContentType = request.Content.Headers.ContentType!.ToString();
            Body = Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync(cancellationToken));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }
}
