using System;
using System.Threading;

namespace OpenApiGen.EndToEnd.Tests;

/// <summary>
/// The time limit that bounds every test, so a hung server or client fails that test instead of stalling the run.
/// </summary>
internal static class TestTimeout
{
    /// <summary>
    /// The limit of one test. The slowest test, the 64 MiB download, took about 1 second on a 2-core machine.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Creates a token source that cancels after <see cref="Limit"/>.</summary>
    public static CancellationTokenSource Start() => new(Limit);
}
