using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.EndToEnd.Tests.Styles;
using OpenApiGen.Runtime;
using OpenApiGen.Tests.Prism;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.EndToEnd.Tests.Conformance;

/// <summary>
/// Every parameter style and the form body of specs/parameter-styles.yaml, sent by the generated client to a Prism
/// mock, which parses each one as the spec says and rejects values of the wrong type or pattern.
/// </summary>
public sealed class PrismStyleTests(ITestOutputHelper output)
{
    private static readonly string Spec = typeof(PrismStyleTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ParameterStylesSpec").Value!;

    private static readonly long[] Ids = [3, 14, 159];

    [PrismFact]
    public async Task EveryStyle_PassesValidation()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await using var prism = await PrismProcess.StartMockAsync(Spec);
        using var http = new System.Net.Http.HttpClient(ApiConnection.CreateDefaultHandler());
        // The project sets OpenApiGenClientGrouping to None, so the operations are methods of the root client.
        var client = new StylesClient(http, new ApiClientOptions { BaseAddress = prism.Address });
        var token = timeout.Token;

        // NOTE: Prism 5.16.0 stops with a TypeError on any array or object path parameter (simple, label or
        // matrix) and splits spaceDelimited values on a literal "%20" after decoding the query, so it rejects every
        // correct request. Those styles are checked against the specification's examples in the runtime's
        // ParameterStyleTests and ObjectParameterTests instead. Prism also reads a form body's array only with
        // brackets, so the spec's form body gives its array the deepObject encoding, which the client sends as
        // tags[0]=3&tags[1]=14. It does not check cookies at all, so the object cookie call only shows that the
        // request is sent.
        var shade = new Shade { Name = "a b&c=d", Level = 0.5, Dark = true };
        var calls = new (string Operation, Func<Task> Call)[]
        {
            ("textPath", () => client.TextPathAsync("a b/c?d#e%f", token)),
            ("query", () => client.QueryAsync(
                Ids, Ids, Ids, new Dictionary<string, long> { ["min"] = 1, ["max"] = 9 }, "a&b=c d+e", spaced: null, token)),
            ("headers", () => client.HeadersAsync(Ids, "a b,c", token)),
            ("cookies", () => client.CookiesAsync("abc123", "dark", token)),
            ("objectQuery", () => client.ObjectQueryAsync(
                new ObjectQueryExploded { Red = 100, Green = 200 }, shade, shade, token)),
            ("objectHeaders", () => client.ObjectHeadersAsync(new Color { R = 100, G = 200, B = 150 }, shade, token)),
            ("objectCookies", () => client.ObjectCookiesAsync(new Color { R = 100, G = 200, B = 150 }, token)),
            ("submitForm", () => client.SubmitFormAsync(
                new SubmitFormRequest { Name = "a b&c=d", Count = 3, Tags = Ids }, token)),

            // A single file part, a UTF-8 text part, an integer as text and a part name with quotes.
            ("uploadFile", () => client.UploadFileAsync(
                new UploadFileRequest
                {
                    File = new FilePart(System.Text.Encoding.UTF8.GetBytes("content"), "résumé \"v2\".txt", "text/plain"),
                    Note = "résumé \"v2\"",
                    Count = 3,
                    PartTwo = "second",
                },
                token)),
        };

        foreach (var (operation, call) in calls)
        {
            try
            {
                await call();
            }
            catch (ApiException exception)
            {
                Assert.Fail($"Prism rejected {operation}: {exception.Message}\n{string.Join('\n', prism.TakeLog())}");
            }

            var log = prism.TakeLog();
            foreach (var line in log)
            {
                output.WriteLine(line);
            }

            var violations = PrismProcess.Violations(log);
            Assert.True(violations.Count == 0, $"Prism rejected {operation}:\n{string.Join('\n', violations)}");
        }
    }
}
