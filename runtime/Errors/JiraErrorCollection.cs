using System;
using System.Collections.Generic;

namespace OpenApiGen.Runtime;

/// <summary>
/// Error body of the Jira and Confluence REST APIs:
/// <c>{"errorMessages": ["…"], "errors": {"field": "…"}, "status": 400}</c>.
/// </summary>
public sealed class JiraErrorCollection
{
    /// <summary>Creates an error collection, turning null arguments into empty collections.</summary>
    public JiraErrorCollection(
        IReadOnlyList<string>? errorMessages,
        IReadOnlyDictionary<string, string>? errors,
        int? status)
    {
        ErrorMessages = errorMessages ?? [];
        Errors = errors ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Status = status;
    }

    /// <summary>Messages that concern the whole request, in server order.</summary>
    public IReadOnlyList<string> ErrorMessages { get; }

    /// <summary>Messages per field or parameter name. A value that is not a JSON string is kept as raw JSON.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; }

    /// <summary>HTTP status that the body itself states, if any.</summary>
    public int? Status { get; }

    /// <summary>Total number of request-level and field messages.</summary>
    public int Count => ErrorMessages.Count + Errors.Count;

    /// <summary>
    /// Returns the first request-level message, else the first field message as "field: message", else null.
    /// </summary>
    public string? FirstMessage()
    {
        if (ErrorMessages.Count > 0)
        {
            return ErrorMessages[0];
        }

        foreach (var (field, message) in Errors)
        {
            return field + ": " + message;
        }

        return null;
    }
}
