using System;

namespace OpenApiGen.Runtime;

/// <summary>RFC 3986 percent-encoding of path and query components.</summary>
internal static class PercentEncoding
{
    /// <summary>
    /// Encodes every character outside the RFC 3986 unreserved set (ALPHA, DIGIT, "-", ".", "_", "~") as UTF-8
    /// bytes in %XX form, so "/" becomes %2F and a space becomes %20.
    /// </summary>
    /// <remarks>
    /// <see cref="Uri.EscapeDataString(string)"/> encodes exactly this set (the tests check it on .NET 10). An
    /// unpaired surrogate becomes U+FFFD (%EF%BF%BD).
    /// </remarks>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
