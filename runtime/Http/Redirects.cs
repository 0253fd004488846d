using System;
using System.Net.Http;

namespace OpenApiGen.Runtime;

/// <summary>The redirect rules of <see cref="ApiConnection"/>, which handles redirects itself.</summary>
internal static class Redirects
{
    /// <summary>Returns whether the status is 301, 302, 303, 307 or 308, the codes that send the client on.</summary>
    public static bool IsRedirectStatus(int statusCode) =>
        statusCode is 301 or 302 or 303 or 307 or 308;

    /// <summary>
    /// Gets the absolute Location of a redirect response, resolving a relative one against the request address.
    /// Returns false when the status is not a redirect or the Location is missing.
    /// </summary>
    public static bool TryGetLocation(HttpResponseMessage response, out Uri location)
    {
        location = null!;
        Uri? header = response.Headers.Location;
        if (!IsRedirectStatus((int)response.StatusCode) || header is null)
        {
            return false;
        }

        if (header.IsAbsoluteUri)
        {
            location = header;
            return true;
        }

        Uri? requestUri = response.RequestMessage?.RequestUri;
        if (requestUri is null || !requestUri.IsAbsoluteUri)
        {
            return false;
        }

        location = new Uri(requestUri, header);
        return true;
    }

    /// <summary>Returns why a redirect from <paramref name="from"/> to <paramref name="to"/> must not be followed, or
    /// null when it may.</summary>
    public static string? RejectReason(Uri from, Uri to)
    {
        if (to.Scheme != Uri.UriSchemeHttp && to.Scheme != Uri.UriSchemeHttps)
        {
            return $"the redirect to {ErrorResponses.Display(to)} was not followed because only http and https " +
                "locations are followed";
        }

        if (from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp)
        {
            return $"the redirect to {ErrorResponses.Display(to)} was not followed because it leaves https for " +
                "http. Use RedirectPolicy.ReturnLocation to get the location and decide yourself";
        }

        return null;
    }

    /// <summary>
    /// Returns the method of the next request, as the Fetch standard (WHATWG, HTTP-redirect fetch) has it: 303
    /// turns every method but HEAD into GET, 301 and 302 turn POST into GET, and 307 and 308 keep method and body.
    /// </summary>
    public static HttpMethod NextMethod(HttpMethod method, int statusCode)
    {
        bool toGet = statusCode switch
        {
            303 => method != HttpMethod.Head && method != HttpMethod.Get,
            301 or 302 => method == HttpMethod.Post,
            _ => false,
        };
        return toGet ? HttpMethod.Get : method;
    }
}
