using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using OpenApiGen.Generator.Emitting;
using OpenApiGen.Generator.Model;
using OpenApiGen.Generator.Parsing;

namespace OpenApiGen.Generator;

/// <summary>
/// Generates typed HTTP clients from OpenAPI documents given as additional files. The pipeline parses each
/// spec once into an equatable model, so edits to C# files never parse or emit again.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <summary>
    /// The class of Microsoft.Extensions.Http that declares <c>AddHttpClient</c>. When two references define it,
    /// <c>GetTypeByMetadataName</c> returns null. That is correct, because the generated code could not name the
    /// class unambiguously either.
    /// </summary>
    private const string HttpClientFactoryExtensions =
        "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => SpecOptions.IsCandidate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecFiles);

        var inputs = specFiles
            .Select(static (pair, _) => SpecOptions.Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecInputs);

        var parsed = inputs
            .Select(static (input, cancellationToken) => SpecParser.Parse(input, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedSpecs);

        var models = parsed
            .Select(static (result, _) => result.Model)
            .WithTrackingName(TrackingNames.Models);

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Only a bool leaves the compilation, so a C# edit reruns this lookup, and the emit step reruns only
        // when the bool changes.
        var hasHttpClientFactory = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(HttpClientFactoryExtensions) is not null)
            .WithTrackingName(TrackingNames.HttpClientFactory);

        // The clash list stays empty, and so equal between runs, unless two specs generate the same type, so an
        // edit to one spec does not re-emit the others.
        var clashes = models.Collect()
            .Select(static (all, _) => TypeClashes.Find(all))
            .WithTrackingName(TrackingNames.TypeClashes);

        var emitInputs = models
            .Combine(hasHttpClientFactory)
            .Combine(clashes)
            .Select(static (pair, _) => pair.Left.Left is not { } api
                ? null
                : new EmitInput(
                    api,
                    pair.Left.Right,
                    pair.Right.FirstOrDefault(clash => clash.SpecPath == api.SpecPath)))
            .WithTrackingName(TrackingNames.EmitInputs);

        context.RegisterSourceOutput(emitInputs, static (output, input) => EmitSources(output, input));
        context.RegisterSourceOutput(diagnostics, static (output, items) => ReportDiagnostics(output, items));
    }

    private static void EmitSources(SourceProductionContext output, EmitInput? input)
    {
        if (input is null)
        {
            return;
        }

        var model = input.Api;
        if (input.Clash is { } clash)
        {
            var start = SpecLocation.FileStart(model.SpecPath);
            var clashArguments = new[] { clash.TypeName, clash.OtherSpecPath }.ToEquatableArray();
            output.ReportDiagnostic(DiagnosticFactory.Create(
                new DiagnosticInfo(DiagnosticIds.TypeClash, clashArguments, start)));
            return;
        }

        try
        {
            foreach (var file in Emitter.Emit(input).ToList())
            {
                output.AddSource(file.HintName, file.Text);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An exception escaping here would make the compiler drop the whole generator (CS8785).
            var location = SpecLocation.FileStart(model.SpecPath);
            var arguments = new[] { exception.GetType().Name, exception.Message, SpecParser.ThrowSite(exception) }.ToEquatableArray();
            output.ReportDiagnostic(DiagnosticFactory.Create(
                new DiagnosticInfo(DiagnosticIds.GeneratorFailure, arguments, location)));
        }
    }

    private static void ReportDiagnostics(SourceProductionContext output, EquatableArray<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            output.ReportDiagnostic(DiagnosticFactory.Create(item));
        }
    }
}
