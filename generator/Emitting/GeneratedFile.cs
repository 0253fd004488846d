namespace OpenApiGen.Generator.Emitting;

/// <summary>One generated source file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
