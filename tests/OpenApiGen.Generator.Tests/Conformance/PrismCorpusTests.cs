using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Tests.Corpus;
using OpenApiGen.Runtime;
using OpenApiGen.Tests.Prism;
using Xunit;
using Xunit.Abstractions;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Generates and compiles a client for a corpus document, then calls every operation with arguments sampled from
/// the spec's schemas against a Stoplight Prism mock of that document. Prism validates each request and responds
/// with data generated from the response schemas, which the client must read. Any violation or exception fails the
/// test unless <see cref="KnownFailures"/> lists the operation with the text its failure contains.
/// </summary>
public sealed class PrismCorpusTests(ITestOutputHelper output)
{
    private const int MaxRestarts = 20;

    // NOTE: Prism 5.16.0 sometimes fails on a response it generates at random: a RangeError or an exit on recursive
    // schemas, or a string that breaks the schema's format, such as byte. Such a call is made again, up to this
    // many times in all, because another random response can succeed.
    private const int MaxAttempts = 3;

    private int _restarts;
    private int _retries;

    private static readonly TimeSpan LogTimeout = TimeSpan.FromSeconds(2);

    // A request that Prism crashes on fails before the process has exited.
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Specs() => new(KnownFailures.BySpec.Keys.Order(StringComparer.Ordinal));

    [PrismCorpusTheory]
    [MemberData(nameof(Specs))]
    public async Task EveryOperationPassesPrism(string fileName)
    {
        var path = Path.Combine(CorpusFolder.Path!, fileName);
        Assert.True(File.Exists(path), $"{fileName} is not in {CorpusFolder.Variable} ({CorpusFolder.Path}).");
        var (assembly, model) = GeneratorHarness.CompileAndLoadWithModel(
            new InMemoryAdditionalText(path, File.ReadAllText(path)));
        var document = SpecDocuments.Read(path);
        var known = KnownFailures.BySpec[fileName].ToDictionary(failure => failure.OperationId, StringComparer.Ordinal);

        await using var session = await MockSession.StartAsync(path, assembly, model);
        output.WriteLine($"Prism started in {session.StartTime.TotalMilliseconds:F0} ms.");
        var outcomes = new List<OperationOutcome>();
        var times = new List<(string OperationId, TimeSpan Time)>();
        var calls = Stopwatch.StartNew();
        foreach (var (clientClass, operation) in Operations(model))
        {
            var spec = SpecOperation.Find(document, operation.Path, operation.HttpMethod);
            var callTime = Stopwatch.StartNew();
            var failures = await CallWithRetriesAsync(session, clientClass, operation, spec);
            times.Add((operation.OperationId, callTime.Elapsed));
            outcomes.Add(new OperationOutcome(operation.OperationId, failures, known.GetValueOrDefault(operation.OperationId)));
        }

        output.WriteLine(
            $"{outcomes.Count} operations called in {calls.ElapsedMilliseconds} ms, {_retries} calls repeated after a "
            + $"fault in Prism's random response, {_restarts} restarts of Prism.");
        output.WriteLine("Slowest calls: " + string.Join(", ", times.OrderByDescending(time => time.Time).Take(5)
            .Select(time => $"{time.OperationId} {time.Time.TotalMilliseconds:F0} ms")));
        WriteSummary(fileName, outcomes);
        AssertOutcomes(fileName, outcomes, known);
    }

    private static IEnumerable<(string? ClientClass, OperationModel Operation)> Operations(ApiModel model) =>
        model.Clients.SelectMany(client => client.Operations.Select(operation => ((string?)client.ClassName, operation)))
            .Concat(model.RootOperations.Select(operation => ((string?)null, operation)));

    /// <summary>
    /// Calls the operation, and again while the failure lies in Prism's random response rather than in the
    /// request: an error in Prism's response generator, an exit that no request violation or Prism error explains,
    /// or a response that the client cannot read where Prism logged that its own data breaks the schema.
    /// </summary>
    private async Task<List<string>> CallWithRetriesAsync(
        MockSession session,
        string? clientClass,
        OperationModel operation,
        SpecOperation spec)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (failures, invalidResponse) = await CallAsync(session, clientClass, operation, spec);
            var exited = await session.HasExitedAsync(failures.Count > 0 ? ExitWait : TimeSpan.Zero);
            if (exited)
            {
                failures.Add("Prism exited");
                Assert.True(++_restarts <= MaxRestarts, $"Prism exited more than {MaxRestarts} times.");
                await session.RestartAsync();
            }

            var blamesRequest = failures.Any(line => line.Contains("[VALIDATOR]", StringComparison.Ordinal) || IsCrash(line));
            var randomFault = failures.Any(IsGenerationError)
                || (exited && !blamesRequest)
                || (invalidResponse && failures.Any(line => line.StartsWith("JsonException", StringComparison.Ordinal)));
            if (!randomFault || attempt == MaxAttempts)
            {
                return failures;
            }

            _retries++;
        }
    }

    private static async Task<(List<string> Failures, bool InvalidResponse)> CallAsync(
        MockSession session,
        string? clientClass,
        OperationModel operation,
        SpecOperation spec)
    {
        var failures = new List<string>();
        using var timeout = new CancellationTokenSource(MockSession.CallTimeout);
        try
        {
            await session.Caller.CallAsync(clientClass, operation, spec, timeout.Token);
        }
        catch (Exception exception)
        {
            failures.Add(Describe(exception));
        }

        var log = await session.Prism.TakeRequestLogAsync(LogTimeout);
        // The mock also checks the responses it invents and logs where its own data breaks the schema. Those lines
        // do not concern the client, and a response that the client cannot read fails the call instead.
        var violations = PrismProcess.Violations(log);
        failures.InsertRange(0, violations.Where(line => !IsResponseViolation(line)).Concat(log.Where(IsCrash)));
        return (failures, violations.Any(IsResponseViolation));
    }

    // Prism ends a request that it rejected with a link to its error types, and one whose response it failed to
    // generate with the error itself.
    private static bool IsGenerationError(string line) =>
        line.Contains("Request terminated with error: ", StringComparison.Ordinal)
        && !line.Contains("stoplight.io/prism/errors#", StringComparison.Ordinal);

    private static bool IsResponseViolation(string line) =>
        line.Contains("Violation: response", StringComparison.Ordinal)
        || line.Contains("Response body", StringComparison.Ordinal)
        || line.Contains("Response header", StringComparison.Ordinal);

    // Node prints the uncaught exception that ends Prism as "TypeError: …" or "SyntaxError: …".
    private static bool IsCrash(string line) => Regex.IsMatch(line, @"^\w*Error: ");

    private static string Describe(Exception exception)
    {
        var inner = exception is TargetInvocationException { InnerException: { } thrown } ? thrown : exception;
        var message = inner is ApiException api ? $"status {api.StatusCode}: {api.Message}" : inner.Message;
        return $"{inner.GetType().Name}: {message.Split('\n')[0]}";
    }

    private void WriteSummary(string fileName, IReadOnlyList<OperationOutcome> outcomes)
    {
        var passed = outcomes.Count(outcome => outcome.Passed);
        var excluded = outcomes.Where(outcome => outcome.Known is not null).ToList();
        output.WriteLine(
            $"{fileName}: {outcomes.Count} operations called, {passed} passed, {excluded.Count} excluded, "
            + $"{outcomes.Count(outcome => outcome.Unexpected.Count > 0)} failed unexpectedly.");
        foreach (var outcome in excluded)
        {
            var state = outcome.Passed ? "passed this time" : "failed as expected";
            output.WriteLine($"  excluded {outcome.OperationId} ({outcome.Known!.Cause}, {state}): {outcome.Known.Reason}");
        }

        foreach (var outcome in outcomes.Where(outcome => outcome.Unexpected.Count > 0))
        {
            output.WriteLine($"  FAILED {outcome.OperationId}:");
            foreach (var failure in outcome.Failures)
            {
                output.WriteLine($"    {failure}");
            }
        }
    }

    private static void AssertOutcomes(
        string fileName,
        IReadOnlyList<OperationOutcome> outcomes,
        IReadOnlyDictionary<string, KnownFailure> known)
    {
        var unlisted = known.Keys.Except(outcomes.Select(outcome => outcome.OperationId), StringComparer.Ordinal).ToList();
        Assert.True(unlisted.Count == 0, $"{fileName} has no operations {string.Join(", ", unlisted)}; remove them from the list.");

        var unexpected = outcomes.Where(outcome => outcome.Unexpected.Count > 0)
            .Select(outcome => $"{outcome.OperationId}:\n  " + string.Join("\n  ", outcome.Unexpected))
            .ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} operations of {fileName} failed:\n" + string.Join('\n', unexpected));

        // A spec defect shows the same way on every call, unlike Prism's random responses, so it must show on every run.
        var vanished = outcomes
            .Where(outcome => outcome.Known?.Cause == FailureCause.SpecDefect && outcome.Passed)
            .Select(outcome => outcome.OperationId)
            .ToList();
        Assert.True(vanished.Count == 0, $"The listed spec defects of {string.Join(", ", vanished)} no longer show.");
    }
}
