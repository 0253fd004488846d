using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Web;
using Xunit;

namespace OpenApiGen.Generator.Tests;

/// <summary>
/// Jira-style offset paging: the generated <c>…PagesAsync</c> and <c>…ItemsAsync</c> methods, run against a handler
/// that serves pages and records the <c>startAt</c> of each request.
/// </summary>
public sealed class OffsetPagingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Paging, version: '1'}
        paths:
          /users:
            get:
              operationId: findUsers
              parameters:
                - {name: query, in: query, required: true, schema: {type: string}}
                - {name: startAt, in: query, schema: {type: integer, format: int32}}
                - {name: maxResults, in: query, schema: {type: integer, format: int32}}
                - {name: token, in: query, schema: {type: string}}
              responses:
                '200':
                  description: A page of users
                  content: {application/json: {schema: {$ref: '#/components/schemas/PageBeanUser'}}}
          /search:
            post:
              operationId: searchIssues
              parameters:
                - {name: startAt, in: query, schema: {type: integer, format: int64}}
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {jql: {type: string}}}
              responses:
                '200':
                  description: A page of issues
                  content: {application/json: {schema: {$ref: '#/components/schemas/SearchResults'}}}
          /two-arrays:
            get:
              operationId: getTwoArrays
              parameters: [{name: startAt, in: query, schema: {type: integer}}]
              responses:
                '200':
                  description: Two arrays
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          total: {type: integer}
                          values: {type: array, items: {type: string}}
                          warnings: {type: array, items: {type: string}}
          /no-end:
            get:
              operationId: getNoEnd
              parameters: [{name: startAt, in: query, schema: {type: integer}}]
              responses:
                '200':
                  description: Neither isLast nor total
                  content:
                    application/json:
                      schema: {type: object, properties: {values: {type: array, items: {type: string}}}}
          /string-start:
            get:
              operationId: getStringStart
              parameters: [{name: startAt, in: query, schema: {type: string}}]
              responses:
                '200':
                  description: A string startAt
                  content: {application/json: {schema: {$ref: '#/components/schemas/PageBeanUser'}}}
          /no-start:
            get:
              operationId: getNoStart
              responses:
                '200':
                  description: No startAt parameter
                  content: {application/json: {schema: {$ref: '#/components/schemas/PageBeanUser'}}}
        components:
          schemas:
            PageBeanUser:
              type: object
              properties:
                isLast: {type: boolean}
                maxResults: {type: integer, format: int32}
                startAt: {type: integer, format: int64}
                total: {type: integer, format: int64}
                values: {type: array, items: {$ref: '#/components/schemas/User'}}
            SearchResults:
              type: object
              properties:
                startAt: {type: integer, format: int32}
                total: {type: integer, format: int32}
                issues: {type: array, items: {type: string}}
            User: {type: object, properties: {name: {type: string}}}
        """;

    private static readonly Lazy<Assembly> Client =
        new(() => GeneratorHarness.CompileAndLoad(new InMemoryAdditionalText("paging.yaml", Spec)));

    [Fact]
    public async Task PagesSendEachStartAt()
    {
        var handler = new PageHandler(itemCount: 5, pageSize: 2);
        var client = CreateClient(handler);

        var pages = await ReadAllAsync(Invoke(client, "FindUsersPagesAsync", "ann", null, "secret"));

        Assert.Equal(3, pages.Count);
        Assert.Equal(["0", "2", "4"], handler.Queries.Select(query => query["startAt"]));
        Assert.All(handler.Queries, query => Assert.Equal("ann", query["query"]));
        Assert.All(handler.Queries, query => Assert.Equal("secret", query["token"]));
        Assert.Equal(true, pages[2].GetType().GetProperty("IsLast")!.GetValue(pages[2]));
    }

    [Fact]
    public async Task ItemsFollowPages()
    {
        var handler = new PageHandler(itemCount: 5, pageSize: 2);
        var client = CreateClient(handler);

        var users = await ReadAllAsync(Invoke(client, "FindUsersItemsAsync", "ann", 2, null));

        Assert.Equal(
            ["user0", "user1", "user2", "user3", "user4"],
            users.Select(user => (string?)user.GetType().GetProperty("Name")!.GetValue(user)));
        Assert.All(handler.Queries, query => Assert.Equal("2", query["maxResults"]));
    }

    [Fact]
    public async Task TotalEndsBodyPaging()
    {
        var handler = new PageHandler(itemCount: 3, pageSize: 2) { ItemsProperty = "issues", SendIsLast = false };
        var client = CreateClient(handler);
        var body = Activator.CreateInstance(Client.Value.GetType("Generated.Tests.Paging.SearchIssuesRequest", true)!)!;

        var issues = await ReadAllAsync(Invoke(client, "SearchIssuesItemsAsync", body));

        Assert.Equal(["0", "2"], handler.Queries.Select(query => query["startAt"]));
        Assert.Equal(["POST", "POST"], handler.Methods);
        Assert.Equal(["user0", "user1", "user2"], issues.Cast<string>());
    }

    [Fact]
    public async Task CancellationEndsPaging()
    {
        var handler = new PageHandler(itemCount: 10, pageSize: 2);
        var client = CreateClient(handler);
        using var cancellation = new CancellationTokenSource();
        var pages = (IAsyncEnumerable<object>)Invoke(client, "FindUsersPagesAsync", "ann", null, null);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var page in pages.WithCancellation(cancellation.Token))
            {
                cancellation.Cancel();
            }
        });

        Assert.Single(handler.Queries);
    }

    [Theory]
    [InlineData("GetTwoArrays")]
    [InlineData("GetNoEnd")]
    [InlineData("GetStringStart")]
    [InlineData("GetNoStart")]
    public void OtherOperationsGetNoPaging(string methodName)
    {
        var client = Client.Value.GetType("Generated.Tests.Paging.DefaultClient", throwOnError: true)!;

        Assert.NotNull(client.GetMethod(methodName + "Async"));
        Assert.Null(client.GetMethod(methodName + "PagesAsync"));
        Assert.Null(client.GetMethod(methodName + "ItemsAsync"));
    }

    [Fact]
    public void PagingMethodsHaveNoStartAt()
    {
        var client = Client.Value.GetType("Generated.Tests.Paging.DefaultClient", throwOnError: true)!;

        var parameters = client.GetMethod("FindUsersPagesAsync")!.GetParameters().Select(parameter => parameter.Name);

        Assert.Equal(["query", "maxResults", "token", "cancellationToken"], parameters);
    }

    [Fact]
    public void InterfaceDeclaresPagingMethods()
    {
        var run = OptionsHarness.Run(new() { ["GenerateInterfaces"] = "true" }, spec: Spec, specPath: "paging.yaml");

        var source = run.Source(".IDefaultClient.g.cs");
        Assert.Contains("FindUsersPagesAsync(", source);
        Assert.Contains("FindUsersItemsAsync(", source);
        Assert.DoesNotContain("GetNoEndPagesAsync(", source);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void RootClientPagesWithoutTags()
    {
        var run = OptionsHarness.Run(new() { ["ClientGrouping"] = "None" }, spec: Spec, specPath: "paging.yaml");

        var source = run.Source(".PagingClient.g.cs");
        Assert.Contains("FindUsersPagesAsync(", source);
        Assert.Contains("SearchIssuesItemsAsync(", source);
        Assert.Empty(run.CompileProblems());
    }

    [Fact]
    public void MethodNameClashSkipsPaging()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: Clash, version: '1'}
            paths:
              /users:
                get:
                  operationId: listUsers
                  parameters: [{name: startAt, in: query, schema: {type: integer}}]
                  responses:
                    '200':
                      description: A page
                      content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}
              /users/pages:
                get:
                  operationId: listUsersPages
                  responses: {'204': {description: Nothing}}
            components:
              schemas:
                Page: {type: object, properties: {total: {type: integer}, values: {type: array, items: {type: string}}}}
            """;

        var run = OptionsHarness.Run(spec: spec, specPath: "clash.yaml");

        var source = run.Source(".DefaultClient.g.cs");
        Assert.Contains("ListUsersPagesAsync(", source);
        Assert.DoesNotContain("ListUsersItemsAsync(", source);
        Assert.Empty(run.CompileProblems());
    }

    private static object CreateClient(HttpMessageHandler handler)
    {
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://127.0.0.1/") };
        var root = Client.Value.GetType("Generated.Tests.Paging.PagingClient", throwOnError: true)!;
        return root.GetProperty("Default")!.GetValue(Activator.CreateInstance(root, http, null))!;
    }

    private static object Invoke(object client, string methodName, params object?[] arguments) =>
        client.GetType().GetMethod(methodName)!.Invoke(client, [.. arguments, CancellationToken.None])!;

    private static async Task<List<object>> ReadAllAsync(object sequence)
    {
        var items = new List<object>();
        await foreach (var item in (IAsyncEnumerable<object>)sequence)
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>Serves <c>user0</c> to <c>user{itemCount - 1}</c> in pages of at most <c>pageSize</c> items.</summary>
    private sealed class PageHandler(int itemCount, int pageSize) : HttpMessageHandler
    {
        public List<System.Collections.Specialized.NameValueCollection> Queries { get; } = [];

        public List<string> Methods { get; } = [];

        public string ItemsProperty { get; init; } = "values";

        public bool SendIsLast { get; init; } = true;

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Queries.Count >= 20)
            {
                throw new InvalidOperationException("The client sent more than 20 page requests.");
            }

            var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
            Queries.Add(query);
            Methods.Add(request.Method.Method);
            var startAt = int.Parse(query["startAt"]!, System.Globalization.CultureInfo.InvariantCulture);
            var names = Enumerable.Range(startAt, Math.Max(0, Math.Min(pageSize, itemCount - startAt)))
                .Select(i => "user" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var items = ItemsProperty == "values"
                ? string.Join(",", names.Select(name => $"{{\"name\":\"{name}\"}}"))
                : string.Join(",", names.Select(name => $"\"{name}\""));
            var isLast = SendIsLast ? $"\"isLast\":{(startAt + names.Count >= itemCount ? "true" : "false")}," : "";
            var json = $"{{{isLast}\"startAt\":{startAt},\"total\":{itemCount},\"{ItemsProperty}\":[{items}]}}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
                RequestMessage = request,
            });
        }
    }
}
