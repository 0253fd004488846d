namespace OpenApiGen.Generator;

/// <summary>Names of the pipeline steps, shared with the caching tests.</summary>
public static class TrackingNames
{
    public const string SpecFiles = nameof(SpecFiles);
    public const string SpecInputs = nameof(SpecInputs);
    public const string ParsedSpecs = nameof(ParsedSpecs);
    public const string Models = nameof(Models);
    public const string Diagnostics = nameof(Diagnostics);
    public const string HttpClientFactory = nameof(HttpClientFactory);
    public const string TypeClashes = nameof(TypeClashes);
    public const string EmitInputs = nameof(EmitInputs);
}
