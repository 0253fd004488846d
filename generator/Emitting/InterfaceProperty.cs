namespace OpenApiGen.Generator.Emitting;

/// <summary>A read-only property of a generated interface.</summary>
/// <param name="Summary">The XML-escaped text of the property's summary.</param>
internal sealed record InterfaceProperty(string Type, string Name, string Summary);
