using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A binary response whose body is read straight from the network. It owns the response, so dispose it once the
/// content has been read, which also closes <see cref="Content"/>.
/// </summary>
public sealed class DownloadResult : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage response;

    internal DownloadResult(HttpResponseMessage response, Stream content, Uri? location)
    {
        this.response = response;
        Content = content;
        Location = location;
        StatusCode = (int)response.StatusCode;
        HttpContentHeaders contentHeaders = response.Content.Headers;
        ContentType = contentHeaders.ContentType?.MediaType;
        ContentLength = contentHeaders.ContentLength;
        ContentRange = contentHeaders.ContentRange;
        FileName = FileNameOf(contentHeaders.ContentDisposition);
        Headers = ResponseHeaders.Snapshot(response);
    }

    /// <summary>HTTP status: 200, 206 for a range, another 2xx, or 3xx for a redirect that was not followed.</summary>
    public int StatusCode { get; }

    /// <summary>
    /// Body stream, read without buffering, so it can be read only once and only forward. It is
    /// <see cref="Stream.Null"/> for a redirect.
    /// </summary>
    public Stream Content { get; }

    /// <summary>Media type, such as image/png, without parameters.</summary>
    public string? ContentType { get; }

    /// <summary>Length in bytes from Content-Length, or null when the server did not send it.</summary>
    public long? ContentLength { get; }

    /// <summary>Content-Range of a 206 response: which bytes of how many were sent.</summary>
    public ContentRangeHeaderValue? ContentRange { get; }

    /// <summary>
    /// File name from Content-Disposition, preferring the RFC 6266 filename* form. The server chooses it, so strip
    /// directory parts before using it as a path.
    /// </summary>
    public string? FileName { get; }

    /// <summary>Absolute target of a redirect that was not followed, else null.</summary>
    public Uri? Location { get; }

    /// <summary>Whether this is a redirect that was not followed; <see cref="Location"/> is then set.</summary>
    public bool IsRedirect => Location is not null;

    /// <summary>Whether this is a 206 Partial Content response to a Range request.</summary>
    public bool IsPartial => StatusCode == 206;

    /// <summary>Response and content headers, with keys that ignore case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>Closes the content stream and releases the connection.</summary>
    public void Dispose()
    {
        Content.Dispose();
        response.Dispose();
    }

    /// <summary>Closes the content stream and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        response.Dispose();
    }

    private static string? FileNameOf(ContentDispositionHeaderValue? disposition)
    {
        string? name = disposition?.FileNameStar ?? disposition?.FileName;
        if (name is null)
        {
            return null;
        }

        // ContentDispositionHeaderValue keeps the quotes of a quoted filename parameter.
        name = name.Length >= 2 && name[0] == '"' && name[^1] == '"' ? name[1..^1] : name;
        return name.Length == 0 ? null : name;
    }
}
