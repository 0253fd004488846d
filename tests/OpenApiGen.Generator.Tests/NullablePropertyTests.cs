using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Optional nullable properties send a null that was set or read as JSON null and leave an unset property out;
/// checked by running the generated converters and clients.
/// </summary>
public sealed class NullablePropertyTests
{
    private const string OpenApi30 = """
        openapi: 3.0.3
        info: {title: Issues, version: '1'}
        paths:
          /issues:
            patch:
              operationId: editIssue
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/IssueUpdate'}
              responses:
                '204': {description: Updated}
            put:
              operationId: replaceIssue
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema: {$ref: '#/components/schemas/IssueUpdate'}
              responses:
                '204': {description: Replaced}
            post:
              operationId: uploadIssue
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      properties:
                        assignee: {type: string, nullable: true}
                        note: {type: string}
              responses:
                '204': {description: Uploaded}
          /search:
            get:
              operationId: searchIssues
              parameters:
                - name: filter
                  in: query
                  style: deepObject
                  explode: true
                  schema: {$ref: '#/components/schemas/Filter'}
              responses:
                '204': {description: Found}
        components:
          schemas:
            Filter:
              type: object
              properties:
                owner: {type: string, nullable: true}
                state: {type: string}
            IssueUpdate:
              type: object
              required: [title, reporter]
              properties:
                title: {type: string}
                reporter: {type: string, nullable: true}
                assignee: {type: string, nullable: true}
                priority: {type: integer, nullable: true}
                labels: {type: array, nullable: true, items: {type: string}}
                parent:
                  type: object
                  nullable: true
                  properties:
                    key: {type: string}
                note: {type: string}
                closed: {type: string, format: date, nullable: true, readOnly: true}
                secret: {type: string, nullable: true, writeOnly: true}
                sprint:
                  nullable: true
                  anyOf: [{type: string}, {type: integer}]
                epic: {$ref: '#/components/schemas/EpicKey'}
            EpicKey:
              nullable: true
              oneOf: [{type: string}, {type: integer}]
        """;

    private const string OpenApi31 = """
        openapi: 3.1.0
        info: {title: Tasks, version: '1'}
        paths: {}
        components:
          schemas:
            Task:
              type: object
              properties:
                due: {type: [string, 'null'], format: date}
                size: {type: [integer, 'null']}
                owner:
                  oneOf: [{$ref: '#/components/schemas/User'}, {type: 'null'}]
                estimate:
                  oneOf: [{type: string}, {type: integer}, {type: 'null'}]
                amount: {type: [string, number, 'null']}
            User:
              type: object
              properties:
                name: {type: string}
        """;

    private const string Swagger2 = """
        swagger: '2.0'
        info: {title: Notes, version: '1'}
        paths: {}
        definitions:
          Note:
            type: object
            properties:
              text: {type: string, x-nullable: true}
              color: {type: string}
        """;

    private const string Aliased = """
        openapi: 3.0.3
        info: {title: Cards, version: '1'}
        paths: {}
        components:
          schemas:
            Card:
              type: object
              required: [owner, backup]
              properties:
                owner: &nullableChoice
                  nullable: true
                  anyOf: [{type: string}, {type: integer}]
                backup: *nullableChoice
        """;

    private static readonly Lazy<Assembly> Cards = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("cards.yaml", Aliased)));

    private static readonly Lazy<Assembly> Issues = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("issues.yaml", OpenApi30)));

    private static readonly Lazy<Assembly> Tasks = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("tasks.yaml", OpenApi31)));

    private static readonly Lazy<Assembly> Notes = new(() =>
        GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("notes.yaml", Swagger2)));

    [Theory]
    [InlineData("""{"title":"t","reporter":null}""")]
    [InlineData("""{"title":"t","reporter":null,"assignee":null}""")]
    [InlineData("""{"title":"t","reporter":"ann","assignee":"bob","priority":2,"labels":["a"],"parent":{"key":"P-1"}}""")]
    [InlineData("""{"title":"t","reporter":null,"priority":null,"labels":null,"parent":null}""")]
    [InlineData("""{"title":"t","reporter":null,"sprint":null,"epic":null}""")]
    [InlineData("""{"title":"t","reporter":null,"sprint":3,"epic":"E-1"}""")]
    public void OpenApi30RoundTripKeepsNulls(string json)
    {
        Assert.Equal(json, Write(Issues.Value, "IssueUpdate", Read(Issues.Value, "IssueUpdate", json)));
    }

    [Theory]
    [InlineData("""{"owner":null,"backup":null}""")]
    [InlineData("""{"owner":"ann","backup":7}""")]
    public void AliasedNullableRoundTrips(string json)
    {
        Assert.Equal(json, Write(Cards.Value, "Card", Read(Cards.Value, "Card", json)));
    }

    [Fact]
    public void NullSetByCallerIsWritten()
    {
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"), ("Assignee", null), ("Priority", null));

        Assert.Equal(
            """{"title":"t","reporter":null,"assignee":null,"priority":null}""",
            Write(Issues.Value, "IssueUpdate", update));
    }

    [Fact]
    public void UnsetPropertyIsLeftOut()
    {
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"));

        Assert.Equal("""{"title":"t","reporter":null}""", Write(Issues.Value, "IssueUpdate", update));
    }

    [Fact]
    public void NonNullableOptionalNullIsLeftOut()
    {
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"), ("Note", null));

        Assert.Equal("""{"title":"t","reporter":null}""", Write(Issues.Value, "IssueUpdate", update));
    }

    [Fact]
    public void WriteOnlyNullSetByCallerIsWritten()
    {
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"), ("Secret", null));

        Assert.Equal("""{"title":"t","reporter":null,"secret":null}""", Write(Issues.Value, "IssueUpdate", update));
    }

    [Fact]
    public void ReadOnlyNullIsNotSent()
    {
        var update = Read(Issues.Value, "IssueUpdate", """{"title":"t","reporter":null,"closed":null}""");

        Assert.Equal("""{"title":"t","reporter":null}""", Write(Issues.Value, "IssueUpdate", update));
    }

    [Fact]
    public void OnlyOptionalNullablePropertiesGetField()
    {
        var type = Issues.Value.GetType("Generated.Tests.Issues.IssueUpdate", throwOnError: true)!;
        const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic;

        Assert.NotNull(type.GetField("_assignee", Instance));
        Assert.NotNull(type.GetField("_secret", Instance));
        Assert.Null(type.GetField("_reporter", Instance));
        Assert.Null(type.GetField("_note", Instance));
        Assert.Null(type.GetField("_closed", Instance));
    }

    [Fact]
    public void SetNullDiffersFromUnset()
    {
        var unset = Read(Issues.Value, "IssueUpdate", """{"title":"t","reporter":null}""");
        var setNull = Read(Issues.Value, "IssueUpdate", """{"title":"t","reporter":null,"assignee":null}""");
        var again = Read(Issues.Value, "IssueUpdate", """{"title":"t","reporter":null,"assignee":null}""");

        Assert.NotEqual(unset, setNull);
        Assert.Equal(setNull, again);
        Assert.Equal(setNull.GetHashCode(), again.GetHashCode());
    }

    [Fact]
    public void CopyKeepsSetNull()
    {
        // A with expression calls the record's clone method, which copies every field.
        var update = Read(Issues.Value, "IssueUpdate", """{"title":"t","reporter":null,"assignee":null}""");
        var clone = update.GetType().GetMethod("<Clone>$")!.Invoke(update, null)!;

        Assert.Equal("""{"title":"t","reporter":null,"assignee":null}""", Write(Issues.Value, "IssueUpdate", clone));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"due":null,"size":null,"owner":null,"estimate":null,"amount":null}""")]
    [InlineData("""{"due":"2024-01-02","size":3,"owner":{"name":"ann"},"estimate":"1d","amount":2.5}""")]
    [InlineData("""{"estimate":null}""")]
    public void OpenApi31RoundTripKeepsNulls(string json)
    {
        Assert.Equal(json, Write(Tasks.Value, "Task", Read(Tasks.Value, "Task", json)));
    }

    [Fact]
    public void UnionNullSetByCallerIsWritten()
    {
        var task = Create(Tasks.Value, "Task", ("Estimate", null), ("Amount", null));

        Assert.Equal("""{"estimate":null,"amount":null}""", Write(Tasks.Value, "Task", task));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"text":null}""")]
    public void Swagger2RoundTripKeepsNulls(string json)
    {
        Assert.Equal(json, Write(Notes.Value, "Note", Read(Notes.Value, "Note", json)));
    }

    [Fact]
    public void Swagger2NullSetByCallerIsWritten()
    {
        var note = Create(Notes.Value, "Note", ("Text", null), ("Color", null));

        Assert.Equal("""{"text":null}""", Write(Notes.Value, "Note", note));
    }

    [Fact]
    public async Task JsonBodySendsSetNull()
    {
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"), ("Assignee", null));

        var sent = await SendAsync("EditIssueAsync", update);

        Assert.Equal("application/json; charset=utf-8", sent.ContentType);
        Assert.Equal("""{"title":"t","reporter":null,"assignee":null}""", sent.Body);
    }

    [Fact]
    public async Task FormBodyLeavesSetNullOut()
    {
        // Forms have no null, and an empty field would send the empty string instead.
        var update = Create(Issues.Value, "IssueUpdate", ("Title", "t"), ("Assignee", null), ("Note", "n"));

        var sent = await SendAsync("ReplaceIssueAsync", update);

        Assert.Equal("title=t&note=n", sent.Body);
    }

    [Fact]
    public async Task MultipartBodyLeavesSetNullOut()
    {
        var body = Create(Issues.Value, "UploadIssueRequest", ("Assignee", null), ("Note", "n"));

        var sent = await SendAsync("UploadIssueAsync", body);

        Assert.DoesNotContain("name=\"assignee\"", sent.Body, StringComparison.Ordinal);
        Assert.Contains("name=\"note\"", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterLeavesSetNullOut()
    {
        var filter = Create(Issues.Value, "Filter", ("Owner", null), ("State", "open"));

        var sent = await SendAsync("SearchIssuesAsync", filter);

        Assert.Equal("?filter%5Bstate%5D=open", sent.Query);
    }

    private static object Read(Assembly assembly, string typeName, string json) =>
        JsonSerializer.Deserialize(json, RecordType(assembly, typeName))!;

    private static string Write(Assembly assembly, string typeName, object value) =>
        JsonSerializer.Serialize(value, RecordType(assembly, typeName));

    /// <summary>Creates a record and sets each property through its init accessor, as an initializer does.</summary>
    private static object Create(Assembly assembly, string typeName, params (string Name, object? Value)[] properties)
    {
        var type = RecordType(assembly, typeName);
        var record = Activator.CreateInstance(type)!;
        foreach (var (name, value) in properties)
        {
            type.GetProperty(name)!.SetValue(record, value);
        }

        return record;
    }

    private static Type RecordType(Assembly assembly, string typeName) =>
        Assert.Single(assembly.GetTypes(), type => type.Name == typeName);

    /// <summary>Calls one operation of the Issues client with <paramref name="argument"/> and returns what it sent.</summary>
    private static async Task<CapturingHandler> SendAsync(string methodName, object argument)
    {
        var handler = new CapturingHandler();
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Issues.Value.GetType("Generated.Tests.Issues.IssuesClient", throwOnError: true)!;
        var client = root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;

        await (Task)client.GetType().GetMethod(methodName)!.Invoke(client, [argument, CancellationToken.None])!;

        return handler;
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public string? ContentType { get; private set; }

        public string? Body { get; private set; }

        public string? Query { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Query = request.RequestUri!.Query;
            if (request.Content is { } content)
            {
                ContentType = content.Headers.ContentType!.ToString();
                Body = Encoding.UTF8.GetString(await content.ReadAsByteArrayAsync(cancellationToken));
            }

            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }
}
