using Xunit;

namespace OpenApiGen.Generator.Tests.Conformance;

public sealed class OperationOutcomeTests
{
    private const string Crash = "TypeError: parameters[name].startsWith is not a function";

    private static readonly KnownFailure Listed =
        new("paths_label_nonExploded", FailureCause.PrismLimit, "Prism exits on commas.", [Crash]);

    [Theory]
    [InlineData("HttpRequestException: An error occurred while sending the request.")]
    [InlineData("SocketException: Transport endpoint is not connected")]
    [InlineData("IOException: Unable to write data to the transport connection: Broken pipe.")]
    public void ClosedSocketAfterCrashIsExpected(string clientFailure)
    {
        var outcome = new OperationOutcome("paths_label_nonExploded", [Crash, clientFailure, "Prism exited"], Listed);

        Assert.Empty(outcome.Unexpected);
    }

    [Fact]
    public void ClosedSocketAloneIsUnexpected()
    {
        var failure = "SocketException: Transport endpoint is not connected";
        var outcome = new OperationOutcome("paths_label_nonExploded", [failure, "Prism exited"], Listed);

        Assert.Equal([failure, "Prism exited"], outcome.Unexpected);
    }

    [Fact]
    public void NewErrorBesideCrashIsUnexpected()
    {
        var failure = "RangeError: Maximum call stack size exceeded";
        var outcome = new OperationOutcome("paths_label_nonExploded", [Crash, failure], Listed);

        Assert.Equal([failure], outcome.Unexpected);
    }
}
