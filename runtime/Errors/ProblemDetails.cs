using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>RFC 7807 (RFC 9457) problem details, from an <c>application/problem+json</c> error body.</summary>
public sealed class ProblemDetails
{
    /// <summary>Creates problem details, turning null extensions into an empty dictionary.</summary>
    public ProblemDetails(
        string? type,
        string? title,
        int? status,
        string? detail,
        string? instance,
        IReadOnlyDictionary<string, JsonElement>? extensions)
    {
        Type = type;
        Title = title;
        Status = status;
        Detail = detail;
        Instance = instance;
        Extensions = extensions ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
    }

    /// <summary>
    /// URI reference that identifies the problem type. RFC 7807 treats a missing one as "about:blank".
    /// </summary>
    public string? Type { get; }

    /// <summary>Short summary of the problem type.</summary>
    public string? Title { get; }

    /// <summary>HTTP status that the body itself states, if any.</summary>
    public int? Status { get; }

    /// <summary>Explanation specific to this occurrence.</summary>
    public string? Detail { get; }

    /// <summary>URI reference that identifies this occurrence.</summary>
    public string? Instance { get; }

    /// <summary>
    /// Members other than the five standard ones. Each element stays valid after the response is disposed.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }
}
