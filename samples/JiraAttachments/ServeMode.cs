using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Samples.JiraServer;

namespace OpenApiGen.Samples.Jira;

/// <summary>
/// Runs only the embedded Jira-compatible server, so a project of your own can call it while you try the
/// generator. It prints the environment variables to point a client at it, then serves until Enter or Ctrl+C.
/// </summary>
internal static class ServeMode
{
    public const string Switch = "--serve";

    public static async Task<int> RunAsync(TextWriter output)
    {
        await using var server = await JiraAttachmentServer.StartAsync();
        output.WriteLine("The Jira-compatible server is listening. Set these variables where your client runs:");
        output.WriteLine($"JIRA_BASE_URL={server.BaseAddress}");
        output.WriteLine($"JIRA_EMAIL={SeededAccounts.AliceEmail}");
        output.WriteLine($"JIRA_API_TOKEN={SeededAccounts.AliceApiToken}");
        output.WriteLine($"JIRA_ATTACHMENT_ID={SeededAttachments.TextFile.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine("Press Enter or Ctrl+C to stop.");

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        // A shell runs a background job with Ctrl+C ignored, and service managers stop with SIGTERM.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        // Console.In.ReadLineAsync does not observe cancellation, so Enter and Ctrl+C race. When the input is
        // empty, ReadLine returns null at once, and the server serves until Ctrl+C.
        var enter = Task.Run(() => Console.In.ReadLine());
        var cancelled = Task.Delay(Timeout.Infinite, stop.Token);
        var first = await Task.WhenAny(enter, cancelled);
        if (first == enter && enter.Result is null)
        {
            await cancelled.ContinueWith(static _ => { }, TaskScheduler.Default);
        }

        output.WriteLine("Stopped.");
        return 0;
    }
}
