using System;

namespace OpenApiGen.Runtime;

/// <summary>The RFC 6454 origin comparison that decides whether a request may carry credentials.</summary>
internal static class Origin
{
    /// <summary>
    /// Returns whether both absolute URIs have the same scheme, host and port. Hosts are compared in their
    /// IDN (punycode) form, ignoring case, and a default port equals its explicit form (https://h = https://h:443).
    /// </summary>
    public static bool AreSame(Uri first, Uri second) =>
        first.IsAbsoluteUri
        && second.IsAbsoluteUri
        && string.Equals(first.Scheme, second.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(first.IdnHost, second.IdnHost, StringComparison.OrdinalIgnoreCase)
        && first.Port == second.Port;
}
