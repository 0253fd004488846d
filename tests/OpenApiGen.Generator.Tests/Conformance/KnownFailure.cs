namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>Why an operation is expected to fail against the Prism mock.</summary>
internal enum FailureCause
{
    /// <summary>The spec contradicts itself or the API, so no valid call exists.</summary>
    SpecDefect,

    /// <summary>Prism 5.16.0 rejects or mishandles a request that the spec allows.</summary>
    PrismLimit,

    /// <summary>The generator or runtime cannot send this request correctly yet.</summary>
    GeneratorGap,
}

/// <summary>
/// An operation that is called but whose failure is expected. Each failure line must contain one of
/// <paramref name="Evidence"/> or be a consequence of such a line, so a new kind of failure in the same operation
/// still fails the test.
/// </summary>
/// <param name="Reason">The fact behind the failure, printed in the summary.</param>
/// <param name="Evidence">Texts of the expected violations, Prism errors or exception messages.</param>
internal sealed record KnownFailure(string OperationId, FailureCause Cause, string Reason, string[] Evidence);
