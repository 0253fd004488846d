using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>The result of calling one operation against the Prism mock.</summary>
/// <param name="Failures">Prism's violation lines and the exception the call threw, if any.</param>
/// <param name="Known">The listed expected failure of this operation, if any.</param>
internal sealed record OperationOutcome(string OperationId, IReadOnlyList<string> Failures, KnownFailure? Known)
{
    // Lines that follow from an earlier one: Prism's closing line for a rejected request, the client's exception
    // for Prism's error response, and the failed connection and exit after a crash. HttpClient usually reports the
    // closed connection as an HttpRequestException, but sometimes as a bare SocketException or IOException.
    private static readonly string[] Consequences =
    [
        "Request terminated with error: https://stoplight.io/prism/errors#",
        "ApiException: status 4",
        "HttpRequestException: ",
        "SocketException: ",
        "IOException: ",
        "Prism exited",
    ];

    public bool Passed => Failures.Count == 0;

    /// <summary>Whether a failure line shows the listed expected failure.</summary>
    public bool ShowsKnownFailure => Known is not null && Failures.Any(IsEvidence);

    /// <summary>The failures that the listed expected failure does not explain.</summary>
    public IReadOnlyList<string> Unexpected => Failures
        .Where(failure => !IsEvidence(failure)
            && !(ShowsKnownFailure && Consequences.Any(text => failure.Contains(text, StringComparison.Ordinal))))
        .ToList();

    private bool IsEvidence(string failure) =>
        Known is not null && Known.Evidence.Any(text => failure.Contains(text, StringComparison.Ordinal));
}
