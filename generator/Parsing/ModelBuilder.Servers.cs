using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Diagnostics;

namespace OpenApiGen.Generator.Parsing;

internal sealed partial class ModelBuilder
{
    /// <summary>
    /// Returns the first server URL that is an absolute http or https address once each <c>{variable}</c> is
    /// replaced by its default, or null.
    /// </summary>
    private string? FindDefaultServer()
    {
        var servers = _document.Servers ?? new List<OpenApiServer>();
        for (var i = 0; i < servers.Count; i++)
        {
            var urlPointer = "/servers/" + i.ToString(CultureInfo.InvariantCulture) + "/url";
            var url = ExpandServerVariables(servers[i], urlPointer);
            // On Unix, Uri reads "/api/v1" as an absolute file path, so the scheme is checked too. A relative
            // server is relative to where the spec was served from, which the generator cannot know.
            if (url is not null && url.IndexOf('{') < 0 && Uri.TryCreate(url, UriKind.Absolute, out var address)
                && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }
        }

        return null;
    }

    /// <summary>
    /// Replaces each <c>{name}</c> in the server's URL by the default of the server variable of that name. Returns
    /// null, with a warning located at the URL, when a variable is missing or has no default.
    /// </summary>
    private string? ExpandServerVariables(OpenApiServer server, string urlPointer)
    {
        var url = server.Url;
        if (url is null)
        {
            return null;
        }

        var expanded = new StringBuilder(url.Length);
        var position = 0;
        while (position < url.Length)
        {
            var open = url.IndexOf('{', position);
            var close = open < 0 ? -1 : url.IndexOf('}', open + 1);
            if (close < 0)
            {
                // An unclosed brace is left in place, and the caller then rejects the URL.
                expanded.Append(url, position, url.Length - position);
                break;
            }

            var name = url.Substring(open + 1, close - open - 1);
            var value = VariableDefault(server, name);
            if (value is null)
            {
                _diagnostics.Add(
                    DiagnosticIds.InvalidDocument,
                    _locator.Locate(urlPointer),
                    $"The server variable '{name}' in the URL '{url}' has no default value, so the client gets no "
                    + "DefaultServerUrl from this server. Declare the variable with a default under the server's "
                    + "'variables'.");
                return null;
            }

            expanded.Append(url, position, open - position).Append(value);
            position = close + 1;
        }

        return expanded.ToString();
    }

    private static string? VariableDefault(OpenApiServer server, string name)
    {
        return server.Variables is { } variables && variables.TryGetValue(name, out var variable)
            ? variable?.Default
            : null;
    }
}
