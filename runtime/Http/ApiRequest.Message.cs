using System;
using System.Net.Http;
using System.Text;

namespace OpenApiGen.Runtime;

public sealed partial class ApiRequest
{
    /// <summary>
    /// Joins <paramref name="baseAddress"/> with the expanded path and the query. The base address's path is kept
    /// as a prefix (<c>https://host/jira/</c> + <c>/rest/x</c> = <c>https://host/jira/rest/x</c>), and its query,
    /// if any, comes before this request's query.
    /// </summary>
    /// <exception cref="ArgumentException">The base address is relative.</exception>
    /// <exception cref="InvalidOperationException">A <c>{name}</c> placeholder has no value, and the message
    /// names it.</exception>
    public Uri BuildUri(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException(
                $"The base address '{baseAddress}' is relative. Use an absolute address such as https://example.com/.",
                nameof(baseAddress));
        }

        string path = template.Expand(encodedPathValues, DescribeMissingPathParameter);
        var uri = new StringBuilder(256)
            .Append(baseAddress.GetLeftPart(UriPartial.Authority))
            .Append(baseAddress.AbsolutePath.TrimEnd('/'))
            .Append(path);
        char separator = '?';
        if (baseAddress.Query.Length > 1)
        {
            uri.Append(baseAddress.Query);
            separator = '&';
        }

        foreach (string pair in encodedQueryPairs)
        {
            uri.Append(separator).Append(pair);
            separator = '&';
        }

        return new Uri(uri.ToString(), UriKind.Absolute);
    }

    /// <summary>
    /// Creates the message for one attempt: Accept, Range, when <paramref name="includeContent"/> a fresh body from
    /// the content factory, and when <paramref name="includeHeaders"/> the header and cookie parameters. The caller
    /// owns and disposes the message.
    /// </summary>
    internal HttpRequestMessage CreateMessage(HttpMethod method, Uri uri, bool includeContent, bool includeHeaders)
    {
        var message = new HttpRequestMessage(method, uri);
        try
        {
            if (includeContent && contentFactory is not null)
            {
                message.Content = contentFactory() ?? throw new InvalidOperationException(
                    $"The content factory of {OperationId} returned null. Return an HttpContent.");
                if (message.Content is MultipartBody { IsEmpty: true })
                {
                    // Null properties add no part, and RFC 2046 forbids a multipart body without parts, so even a spec
                    // that allows an empty object cannot send it as multipart.
                    throw new ArgumentException(
                        $"The multipart body of {OperationId} has no parts, because every property is null or an " +
                        "empty list. Multipart requires at least one part (RFC 2046), so set at least one property.",
                        "body");
                }
            }

            foreach (string mediaType in acceptedMediaTypes)
            {
                message.Headers.Accept.ParseAdd(mediaType);
            }

            if (range is { } byteRange)
            {
                message.Headers.TryAddWithoutValidation("Range", byteRange.ToString());
            }

            if (includeHeaders)
            {
                foreach (var (name, value) in headers)
                {
                    AddHeader(message, name, value);
                }

                if (cookiePairs.Count > 0)
                {
                    AddHeader(message, "Cookie", string.Join("; ", cookiePairs));
                }
            }

            message.Options.Set(RequestContext.OperationIdKey, OperationId);
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private void AddHeader(HttpRequestMessage message, string name, string value)
    {
        // TryAddWithoutValidation returns false for content headers such as Content-Language on a request.
        if (message.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        if (message.Content is not null && message.Content.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        throw new InvalidOperationException(
            $"Header '{name}' of {OperationId} is not a valid request header, or it is a content header on a " +
            "request without a body. Check the header name.");
    }

    private string DescribeMissingPathParameter(string name) =>
        $"{Method} {PathTemplate} ({OperationId}) has no value for path parameter '{name}'. " +
        $"Call WithPathParameter(\"{name}\", value) before sending.";
}
