namespace OpenApiGen.Generator.Model;

/// <summary>A spec's model together with the facts about the consuming compilation that change the output.</summary>
/// <param name="HasHttpClientFactory">The compilation references Microsoft.Extensions.Http, so the registration
/// extensions for <c>IServiceCollection</c> compile and are emitted.</param>
/// <param name="Clash">A type that another spec of the project generates too, so this spec emits nothing.</param>
public sealed record EmitInput(ApiModel Api, bool HasHttpClientFactory, TypeClash? Clash);
