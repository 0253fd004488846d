using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiGen.Generator.Tests;

/// <summary>Runs the generator in a <see cref="CSharpGeneratorDriver"/> over in-memory specs.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Parse options that check XML documentation, as a project with GenerateDocumentationFile does.</summary>
    public static readonly CSharpParseOptions DocumentationParseOptions =
        ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    /// <summary>
    /// Microsoft.Extensions.Http and the dependency injection abstractions, which make the generator emit the
    /// <c>IServiceCollection</c> extensions.
    /// </summary>
    public static readonly MetadataReference[] HttpClientFactoryReferences =
    {
        MetadataReference.CreateFromFile(
            typeof(Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions).Assembly.Location),
        MetadataReference.CreateFromFile(
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
    };

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CreateCompilation(ParseOptions, Enumerable.Empty<MetadataReference>(), sources);

    public static CSharpCompilation CreateCompilation(IEnumerable<MetadataReference> extraReferences, params string[] sources) =>
        CreateCompilation(ParseOptions, extraReferences, sources);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CreateCompilation(parseOptions, Enumerable.Empty<MetadataReference>(), sources);

    public static CSharpCompilation CreateCompilation(
        CSharpParseOptions parseOptions, IEnumerable<MetadataReference> extraReferences, params string[] sources)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(OpenApiGen.Runtime.ApiConnection).Assembly.Location))
            .Concat(extraReferences);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions));
        return CSharpCompilation.Create("GeneratedClientTests", trees, references, options);
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> specs,
        TestOptionsProvider? options = null,
        CSharpParseOptions? parseOptions = null)
    {
        var generator = new OpenApiClientGenerator().AsSourceGenerator();
        return CSharpGeneratorDriver.Create(
            new[] { generator },
            specs,
            parseOptions ?? ParseOptions,
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once and returns the driver's result and the compilation with its output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params AdditionalText[] specs) =>
        Run(ParseOptions, specs);

    /// <summary>Runs the generator once with the given parse options for the input and the generated trees.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        CSharpParseOptions parseOptions,
        params AdditionalText[] specs) =>
        Run(CreateCompilation(parseOptions, PlaceholderSource), new TestOptionsProvider(), parseOptions, specs);

    /// <summary>Runs the generator once over <paramref name="compilation"/> with the given MSBuild options.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) Run(
        Compilation compilation,
        TestOptionsProvider options,
        params AdditionalText[] specs) =>
        Run(compilation, options, ParseOptions, specs);

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(
        Compilation compilation,
        TestOptionsProvider options,
        CSharpParseOptions parseOptions,
        AdditionalText[] specs)
    {
        var driver = CreateDriver(specs, options, parseOptions).RunGeneratorsAndUpdateCompilation(
            compilation,
            out var output,
            out _,
            CancellationToken.None);
        return (driver.GetRunResult(), output);
    }

    /// <summary>
    /// Runs the generator, checks that it reports nothing above info (renames, OAG0005, are info) and that the
    /// output compiles, and loads the assembly into a collectible context, so tests can run the generated code.
    /// </summary>
    public static System.Reflection.Assembly CompileAndLoad(AdditionalText spec)
    {
        var (result, output) = Run(spec);
        Xunit.Assert.Empty(result.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Info));
        return EmitAndLoad(output, spec.Path);
    }

    /// <summary>
    /// Runs the generator on a spec that may draw warnings, such as a public spec with constructs that the generator
    /// does not support yet. Checks that it reports no error and that the output compiles, then loads the assembly
    /// into a collectible context and returns it with the model it was generated from.
    /// </summary>
    public static (System.Reflection.Assembly Assembly, OpenApiGen.Generator.Model.ApiModel Model) CompileAndLoadWithModel(
        AdditionalText spec)
    {
        var (result, output) = Run(spec);
        var run = result.Results.Single();
        Xunit.Assert.Null(run.Exception);
        Xunit.Assert.DoesNotContain(run.Diagnostics, diagnostic => diagnostic.DefaultSeverity == DiagnosticSeverity.Error);
        var model = FindModel(run);
        Xunit.Assert.NotNull(model);
        return (EmitAndLoad(output, spec.Path), model);
    }

    private static System.Reflection.Assembly EmitAndLoad(Compilation output, string name)
    {
        using var stream = new System.IO.MemoryStream();
        var emitted = output.Emit(stream);
        Xunit.Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext(name, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Returns the text of the one generated file whose hint name ends with <paramref name="hintSuffix"/>.</summary>
    public static string Source(GeneratorDriverRunResult result, string hintSuffix) =>
        result.Results.Single().GeneratedSources
            .Single(source => source.HintName.EndsWith(hintSuffix)).SourceText.ToString();

    /// <summary>The model the pipeline built, read from the tracked step so the spec is parsed only once.</summary>
    public static OpenApiGen.Generator.Model.ApiModel? FindModel(GeneratorRunResult result)
    {
        return result.TrackedSteps.TryGetValue(TrackingNames.Models, out var runs)
            ? runs.SelectMany(run => run.Outputs)
                .Select(output => output.Value)
                .OfType<OpenApiGen.Generator.Model.ApiModel>()
                .SingleOrDefault()
            : null;
    }

    public const string PlaceholderSource = "namespace Placeholder { internal static class Empty { } }";

    /// <summary>Compiler errors and warnings in the output, excluding hidden and info diagnostics.</summary>
    public static ImmutableArray<Diagnostic> CompileProblems(Compilation compilation) =>
        compilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
}

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
