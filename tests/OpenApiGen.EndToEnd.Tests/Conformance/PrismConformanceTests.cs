using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Jira;
using OpenApiGen.Runtime;
using OpenApiGen.Tests.Prism;
using OpenApiGen.Samples.JiraServer;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.EndToEnd.Tests.Conformance;

/// <summary>
/// The generated Jira attachment client checked by Stoplight Prism, an OpenAPI implementation independent of
/// this product. As a mock, Prism validates each request the client sends and responds with data generated from
/// the response schemas, which the client must read. As a proxy in front of the Jira-compatible server, it also
/// validates that server's responses.
/// </summary>
public sealed class PrismConformanceTests(ITestOutputHelper output)
{
    // Prism generates new random data for every response, so each operation is called several times.
    private const int CallsPerOperation = 5;

    private static readonly string Spec = typeof(PrismConformanceTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "JiraAttachmentsSpec").Value!;

    [PrismFact]
    public async Task Mock_AcceptsEveryRequestAndAnswerDeserializes()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var prism = await PrismProcess.StartMockAsync(Spec);
        using var http = new System.Net.Http.HttpClient(ApiConnection.CreateDefaultHandler());
        var client = new JiraAttachmentsClient(http, new ApiClientOptions
        {
            BaseAddress = prism.Address,
            Authentication = new BasicAuthentication(SeededAccounts.AliceEmail, SeededAccounts.AliceApiToken),
        }).IssueAttachments;

        var calls = new Dictionary<string, Func<CancellationToken, Task>>
        {
            ["getAttachmentContent"] = async token =>
            {
                await using var content = await client.GetAttachmentContentAsync("10000", redirect: false, range: null, token);
                await content.Content.CopyToAsync(Stream.Null, token);
            },
            ["getAttachmentMeta"] = async token => Assert.NotNull(await client.GetAttachmentMetaAsync(token)),
            ["getAttachmentThumbnail"] = async token =>
            {
                await using var thumbnail = await client.GetAttachmentThumbnailAsync(
                    "10002", redirect: false, fallbackToDefault: true, width: 64, height: 48, range: null, token);
                await thumbnail.Content.CopyToAsync(Stream.Null, token);
            },
            ["removeAttachment"] = token => client.RemoveAttachmentAsync("10000", token),
            ["getAttachment"] = async token => Assert.NotNull(await client.GetAttachmentAsync("10000", token)),
            ["expandAttachmentForHumans"] = async token =>
                Assert.NotNull(await client.ExpandAttachmentForHumansAsync("10001", token)),
            ["expandAttachmentForMachines"] = async token =>
                Assert.NotNull(await client.ExpandAttachmentForMachinesAsync("10001", token)),
        };

        foreach (var (operation, call) in calls)
        {
            for (var attempt = 0; attempt < CallsPerOperation; attempt++)
            {
                await call(timeout.Token);
            }

            AssertNoViolations(prism, operation);
        }
    }

    [PrismFact]
    public async Task Proxy_FindsNoViolationEitherWay()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var server = await JiraAttachmentServer.StartAsync(cancellationToken: timeout.Token);
        await using var prism = await PrismProcess.StartProxyAsync(Spec, server.BaseAddress);
        using var http = new System.Net.Http.HttpClient(ApiConnection.CreateDefaultHandler());
        var client = new JiraAttachmentsClient(http, new ApiClientOptions
        {
            BaseAddress = prism.Address,
            Authentication = new BasicAuthentication(SeededAccounts.AliceEmail, SeededAccounts.AliceApiToken),
        }).IssueAttachments;
        var text = Id(SeededAttachments.TextFile);

        var settings = await client.GetAttachmentMetaAsync(timeout.Token);
        Assert.True(settings.Enabled);
        AssertNoViolations(prism, "getAttachmentMeta");

        var metadata = await client.GetAttachmentAsync(text, timeout.Token);
        Assert.Equal(SeededAttachments.TextFileName, metadata.Filename);
        AssertNoViolations(prism, "getAttachment");

        // Prism's proxy follows a 303 itself and forwards the Authorization header, which the media origin
        // rejects, so content is read with redirect=false here. OperationTests cover the redirect.
        await using (var partial = await client.GetAttachmentContentAsync(
            text, redirect: false, range: ByteRange.Between(0, 9), timeout.Token))
        {
            Assert.Equal(206, partial.StatusCode);
        }

        AssertNoViolations(prism, "getAttachmentContent");

        await using (var thumbnail = await client.GetAttachmentThumbnailAsync(
            Id(SeededAttachments.Image), redirect: false, width: 32, height: 32, cancellationToken: timeout.Token))
        {
            Assert.Equal(200, thumbnail.StatusCode);
        }

        // Jira's spec declares the thumbnail as an application/json object (StreamingResponseBody), while Jira and
        // this server send the image. The generator reads such a response as a download for that reason.
        AssertNoViolations(
            prism,
            "getAttachmentThumbnail",
            "The received media type \"image/png\" does not match the one specified in the current response: application/json",
            "Violation: response.body Response body must be object");

        var human = await client.ExpandAttachmentForHumansAsync(Id(SeededAttachments.Archive), timeout.Token);
        Assert.NotEmpty(human.Entries!);
        var raw = await client.ExpandAttachmentForMachinesAsync(Id(SeededAttachments.Archive), timeout.Token);
        Assert.NotEmpty(raw.Entries!);
        AssertNoViolations(prism, "expandAttachment");

        var missing = await Assert.ThrowsAsync<ApiException>(
            () => client.GetAttachmentAsync(Id(SeededAttachments.Missing), timeout.Token));
        Assert.Equal(404, missing.StatusCode);
        AssertNoViolations(prism, "getAttachment (404)");

        await client.RemoveAttachmentAsync(text, timeout.Token);
        AssertNoViolations(prism, "removeAttachment");
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Sends the upload with two files, one named with quotes and non-ASCII letters. Prism parses the multipart body
    /// and finds the <c>file</c> part, but rejects the array shape for the reason in the NOTE below.
    /// </summary>
    [PrismFact]
    public async Task Mock_UploadFailsOnlyOnPrismArrayLimit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var prism = await PrismProcess.StartMockAsync(Spec);
        using var http = new System.Net.Http.HttpClient(ApiConnection.CreateDefaultHandler());
        var client = CreateClient(http, prism.Address);

        var error = await Assert.ThrowsAsync<ApiException>(
            () => client.AddAttachmentAsync("TEST-1", UploadBody(), timeout.Token));

        // NOTE: Prism 5.16.0 keeps one string per part name (parseMultipartFormDataParams in prism-http's
        // validator/validators/body.js), so repeated parts never form an array. An array-of-files property
        // therefore fails with "must be array" whatever the client sends, and curl -F with two file parts fails
        // the same way. This check requires that violation and no other.
        Assert.Equal(422, error.StatusCode);
        AssertNoViolations(prism, "addAttachment", "Request body property file must be array");
    }

    /// <summary>
    /// Checks that Prism validates multipart bodies at all: an upload without any <c>file</c> part is reported as
    /// such, not as the array limit above. The client rejects an upload with no parts before sending, so the body
    /// goes out through HttpClient with only an unrelated part.
    /// </summary>
    [PrismFact]
    public async Task Mock_ReportsUploadWithoutFile()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var prism = await PrismProcess.StartMockAsync(Spec);
        using var http = new System.Net.Http.HttpClient();
        using var body = new System.Net.Http.MultipartFormDataContent();
        body.Add(new System.Net.Http.StringContent("no file"), "comment");
        using var request = new System.Net.Http.HttpRequestMessage(
            System.Net.Http.HttpMethod.Post,
            new Uri(prism.Address, "rest/api/3/issue/TEST-1/attachments"))
        {
            Content = body,
        };
        request.Headers.Add("X-Atlassian-Token", "no-check");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
                SeededAccounts.AliceEmail + ":" + SeededAccounts.AliceApiToken)));

        using var response = await http.SendAsync(request, timeout.Token);

        Assert.False(response.IsSuccessStatusCode);
        var violations = PrismProcess.Violations(prism.TakeLog());
        Assert.Contains(violations, line => line.Contains("must have required property 'file'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Client_RejectsUploadWithoutParts()
    {
        using var http = new System.Net.Http.HttpClient();
        var client = CreateClient(http, new Uri("http://127.0.0.1:9/"));

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => client.AddAttachmentAsync("TEST-1", new AddAttachmentRequest { File = [] }));

        Assert.Contains("no parts", error.Message, StringComparison.Ordinal);
    }

    private static IssueAttachmentsClient CreateClient(System.Net.Http.HttpClient http, Uri address)
    {
        var options = new ApiClientOptions
        {
            BaseAddress = address,
            Authentication = new BasicAuthentication(SeededAccounts.AliceEmail, SeededAccounts.AliceApiToken),
        };
        options.DefaultHeaders["X-Atlassian-Token"] = "no-check";
        return new JiraAttachmentsClient(http, options).IssueAttachments;
    }

    private static AddAttachmentRequest UploadBody() => new()
    {
        File =
        [
            new FilePart(System.Text.Encoding.UTF8.GetBytes("first"), "notes.txt", "text/plain"),
            new FilePart(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "résumé \"draft\".png", "image/png"),
        ],
    };

    /// <summary>
    /// Fails when Prism logged a violation since the previous check, other than the spec defects named in
    /// <paramref name="knownSpecDefects"/>, each of which must then be reported.
    /// </summary>
    private void AssertNoViolations(PrismProcess prism, string operation, params string[] knownSpecDefects)
    {
        var log = prism.TakeLog();
        foreach (var line in log)
        {
            output.WriteLine(line);
        }

        // A request that fails validation also ends with Prism's "Request terminated with error: …UNPROCESSABLE_ENTITY"
        // line, which repeats the known violation rather than adding one.
        var violations = PrismProcess.Violations(log);
        var unexpected = violations
            .Where(line => !knownSpecDefects.Any(defect => line.Contains(defect, StringComparison.Ordinal)))
            .Where(line => knownSpecDefects.Length == 0 || !line.Contains("errors#UNPROCESSABLE_ENTITY", StringComparison.Ordinal))
            .ToList();
        Assert.True(unexpected.Count == 0, $"Prism reported violations for {operation}:\n{string.Join('\n', unexpected)}");
        foreach (var defect in knownSpecDefects)
        {
            Assert.Contains(violations, line => line.Contains(defect, StringComparison.Ordinal));
        }
    }
}
