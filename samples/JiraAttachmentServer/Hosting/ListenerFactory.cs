using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenApiGen.Samples.JiraServer.Http;

namespace OpenApiGen.Samples.JiraServer.Hosting;

/// <summary>
/// Creates the Kestrel listeners. Each is a separate web application on its own loopback port, so the API and
/// the media host are different origins.
/// </summary>
internal static class ListenerFactory
{
    public static WebApplication Create(ServerSettings settings, ServerState state, string origin)
    {
        // The empty builder reads no appsettings.json or environment variables, so the host that loads this
        // library cannot change the server's behavior by accident.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(JiraAttachmentServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Services.AddRoutingCore();
        ConfigureLogging(builder.Logging, settings);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            state.Recorder.Record(context.Request, origin);
            return next(context);
        });
        app.Use(UnmatchedRequestMiddleware.InvokeAsync);
        return app;
    }

    /// <summary>Starts <paramref name="app"/> and returns its bound address with a trailing slash.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Urls.Single();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private static void ConfigureLogging(ILoggingBuilder logging, ServerSettings settings)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(settings.MinimumLogLevel);

        // ASP.NET Core logs each request URL at Information, and media URLs contain a media token in the query.
        // Requests stays available for inspecting traffic.
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", level => level >= LogLevel.Warning);
        if (settings.LoggerProvider is { } provider)
        {
            logging.AddProvider(provider);
        }
        else
        {
            logging.AddSimpleConsole(console => console.SingleLine = true);
        }
    }
}
