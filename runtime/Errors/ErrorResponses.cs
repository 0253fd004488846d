using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>Creates the <see cref="ApiException"/> for a response that the call cannot return.</summary>
internal static class ErrorResponses
{
    private const int MaxTextDetailLength = 200;

    /// <summary>
    /// Reads at most <paramref name="maxBodyBytes"/> of the body, parses the known JSON error formats and returns
    /// the exception. The caller still disposes the response.
    /// </summary>
    public static async Task<ApiException> CreateExceptionAsync(
        HttpResponseMessage response,
        string operationId,
        int maxBodyBytes,
        IReadOnlyList<ErrorBodyReader> errorReaders,
        CancellationToken cancellationToken)
    {
        var error = new ErrorResponse(response, operationId);
        var (bytes, isTruncated) = await ErrorBody.ReadAsync(response.Content, maxBodyBytes, cancellationToken)
            .ConfigureAwait(false);
        error.RawBody = ErrorBody.Decode(bytes, response.Content.Headers.ContentType?.CharSet);
        error.IsBodyTruncated = isTruncated;
        (error.ErrorCollection, error.Problem) = ErrorBodyParser.Parse(bytes, error.ContentType);
        if (!isTruncated && FindReader(errorReaders, error.StatusCode) is { } reader)
        {
            error.Error = reader.TryRead(bytes);
        }

        return new ApiException(error.Describe(OneLine(DetailOf(error))), error);
    }

    private static ErrorBodyReader? FindReader(IReadOnlyList<ErrorBodyReader> readers, int statusCode)
    {
        foreach (var match in new[] { StatusMatch.Exact, StatusMatch.Range, StatusMatch.Default })
        {
            foreach (var reader in readers)
            {
                if (reader.Matches(statusCode, match))
                {
                    return reader;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns an exception for a response whose body is not read, with <paramref name="reason"/> as detail.
    /// </summary>
    public static ApiException CreateException(HttpResponseMessage response, string operationId, string reason)
    {
        var error = new ErrorResponse(response, operationId);
        return new ApiException(error.Describe(reason), error);
    }

    /// <summary>
    /// Returns scheme, host, port and path of <paramref name="uri"/> for a message. User info and query are left
    /// out because they may hold credentials or a signature.
    /// </summary>
    public static string Display(Uri uri) =>
        uri.IsAbsoluteUri
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : uri.OriginalString.Split('?', 2)[0];

    /// <summary>
    /// Replaces control characters in the server's text with spaces and shortens it, so that a message logged as
    /// one line stays one line: a CR or LF in an error message could otherwise forge a log entry.
    /// </summary>
    private static string? OneLine(string? detail)
    {
        if (detail is null)
        {
            return null;
        }

        var text = new StringBuilder(detail.Length);
        foreach (char c in detail)
        {
            // U+2028 and U+2029 end a line in JavaScript and in some log viewers, though not control characters.
            text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        string line = text.ToString().Trim();
        return line.Length <= MaxTextDetailLength ? line : line[..MaxTextDetailLength] + "…";
    }

    private static string? DetailOf(ErrorResponse error)
    {
        if (error.ErrorCollection?.FirstMessage() is { } first)
        {
            int more = error.ErrorCollection.Count - 1;
            return more > 0 ? $"{first} (and {more} more)" : first;
        }

        if (error.Problem is { } problem && (problem.Title ?? problem.Detail) is not null)
        {
            return problem.Title is null || problem.Detail is null
                ? problem.Title ?? problem.Detail
                : problem.Title.TrimEnd('.') + ": " + problem.Detail;
        }

        // A short plain-text body, such as a proxy's "Rate limit exceeded", is often the only explanation.
        if (string.Equals(error.ContentType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return error.RawBody.AsSpan().Trim().ToString().Split('\n', 2)[0];
        }

        return null;
    }
}
