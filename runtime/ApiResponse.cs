using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// A success response's status and headers, returned by the generated <c>…WithHeadersAsync</c> method of an
/// operation whose responses declare headers but no body.
/// </summary>
/// <typeparam name="THeaders">The generated record of the declared headers.</typeparam>
public class ApiResponse<THeaders>
{
    /// <summary>Creates a response from its parts.</summary>
    public ApiResponse(int statusCode, THeaders headers, IReadOnlyDictionary<string, IReadOnlyList<string>> rawHeaders)
    {
        StatusCode = statusCode;
        Headers = headers;
        RawHeaders = rawHeaders ?? throw new ArgumentNullException(nameof(rawHeaders));
    }

    /// <summary>The HTTP status code, such as 200 or 201.</summary>
    public int StatusCode { get; }

    /// <summary>The headers the spec declares, parsed by their schema types.</summary>
    public THeaders Headers { get; }

    /// <summary>Every response and content header as text, keyed by name ignoring case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> RawHeaders { get; }
}
