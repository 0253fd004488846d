using System;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiGen.Runtime;
using OpenApiGen.Samples.Jira;
using OpenApiGen.Samples.Jira.Client;

// Calls every Jira attachment operation through the client generated from specs/jira-attachments.yaml.
// Without JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN it starts the embedded Jira-compatible server.
// With --serve it only runs that server, for trying a client of your own against it.
if (args.Length > 0 && args[0] == ServeMode.Switch)
{
    return await ServeMode.RunAsync(Console.Out);
}

await using var target = await SampleTarget.CreateAsync();
var where = target.IsEmbedded ? "the embedded Jira-compatible server" : "Jira";
Console.WriteLine($"OpenApiGen sample: Jira attachment operations against {where} at {target.BaseAddress}");

// The runtime follows redirects itself, so credentials never reach another origin.
using var httpClient = new HttpClient(ApiConnection.CreateDefaultHandler());
var options = new ApiClientOptions { BaseAddress = target.BaseAddress, Authentication = target.Authentication };
// Jira rejects uploads without this header (403 "XSRF check failed"), and its spec does not declare it.
options.DefaultHeaders["X-Atlassian-Token"] = "no-check";
var client = new JiraAttachmentsClient(httpClient, options);
var returningRedirects = new JiraAttachmentsClient(
    httpClient,
    new ApiClientOptions
    {
        BaseAddress = target.BaseAddress,
        Authentication = target.Authentication,
        Redirects = RedirectPolicy.ReturnLocation,
    });

try
{
    var walkthrough = new Walkthrough(client.IssueAttachments, returningRedirects.IssueAttachments, target, Console.Out);
    await walkthrough.RunAsync();
    return 0;
}
catch (ApiException exception)
{
    Console.Error.WriteLine($"The sample stopped on an unexpected error: {exception.Message}");
    return 1;
}
