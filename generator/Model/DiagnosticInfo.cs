namespace OpenApiGen.Generator.Model;

/// <summary>
/// A diagnostic to report, kept as plain values (descriptor ID, message arguments, spec position) so the
/// pipeline caches it; the Roslyn <c>Diagnostic</c> is created only when reporting.
/// </summary>
public sealed record DiagnosticInfo(string Id, EquatableArray<string> MessageArguments, SpecLocation? Location);
