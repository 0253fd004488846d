namespace OpenApiGen.Generator.Model;

/// <summary>The outcome of reading one spec: the model (absent when nothing could be read) and diagnostics.</summary>
public sealed record SpecResult(string FilePath, ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
