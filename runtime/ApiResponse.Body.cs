using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// A success response's body, status and headers, returned by the generated <c>…WithHeadersAsync</c> method of an
/// operation whose responses declare headers.
/// </summary>
/// <typeparam name="TBody">The type the plain method returns.</typeparam>
/// <typeparam name="THeaders">The generated record of the declared headers.</typeparam>
public sealed class ApiResponse<TBody, THeaders> : ApiResponse<THeaders>
{
    /// <summary>Creates a response from its parts.</summary>
    public ApiResponse(
        int statusCode,
        TBody body,
        THeaders headers,
        IReadOnlyDictionary<string, IReadOnlyList<string>> rawHeaders)
        : base(statusCode, headers, rawHeaders)
    {
        Body = body;
    }

    /// <summary>The body, as the plain method returns it.</summary>
    public TBody Body { get; }
}
