using System;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;
using OpenApiGen.Generator.Diagnostics;
using OpenApiGen.Generator.Model;
using YamlDotNet.Core;

namespace OpenApiGen.Generator.Parsing;

/// <summary>Reads one spec file into an <see cref="ApiModel"/> and its diagnostics. Never throws, except on cancellation.</summary>
internal static partial class SpecParser
{
    // OpenAPI.NET 3.11.1 stops reading at 5,000 nodes copied through YAML aliases, which an ordinary spec that
    // reuses one response through an anchor exceeds. Aliases may instead add four times the nodes written in the
    // file, and at least 100,000, so the work stays proportional to the file. A fixed limit of 1,000,000 let a
    // 1 KB alias bomb that nests schemas five levels deep under 'properties' emit 16,608 files (62 MB of code) in
    // 9 s on a 2-core machine. This limit stops that bomb while reading.
    private const uint MinAliasExpansionNodes = 100_000;
    private const uint AliasExpansionNodesPerNode = 4;

    // OpenAPI.NET 3.11.1's default limit on all nodes of a document, copies included.
    private const uint MaxAliasExpansionNodes = 5_000_000;

    public static SpecResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var path = input.File.Path;
        var diagnostics = new DiagnosticBag(path);
        try
        {
            var text = input.File.GetText(cancellationToken)?.ToString();
            if (text is null)
            {
                diagnostics.Add(DiagnosticIds.InvalidSyntax, SpecLocation.FileStart(path), $"the file '{path}' could not be read");
                return new SpecResult(path, null, diagnostics.ToArray());
            }

            var model = ParseText(path, text, input, diagnostics, cancellationToken);
            return new SpecResult(path, model, diagnostics.ToArray());
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(
                DiagnosticIds.GeneratorFailure, SpecLocation.FileStart(path), exception.GetType().Name, exception.Message, ThrowSite(exception));
            return new SpecResult(path, null, diagnostics.ToArray());
        }
    }

    private static ApiModel? ParseText(
        string path,
        string text,
        SpecInput input,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        // A YAML or JSON file that was not declared as a spec and never names OpenAPI is someone else's file,
        // so its syntax errors are not reported.
        var mentionsOpenApi = text.IndexOf("openapi", StringComparison.Ordinal) >= 0
            || text.IndexOf("swagger", StringComparison.Ordinal) >= 0;
        if ((input.IsDeclared || mentionsOpenApi) && DetectFormat(text) == "json"
            && JsonSyntax.FindError(path, text) is { } jsonError)
        {
            diagnostics.Add(DiagnosticIds.InvalidSyntax, jsonError.Location, jsonError.Message);
            return null;
        }

        var locator = ReadLocator(path, text, input.IsDeclared || mentionsOpenApi ? diagnostics : new DiagnosticBag());
        if (locator is null)
        {
            return null;
        }

        if (!locator.HasVersionKey)
        {
            if (input.IsDeclared)
            {
                diagnostics.Add(DiagnosticIds.NotAnOpenApiDocument, SpecLocation.FileStart(path));
            }

            return null;
        }

        diagnostics.AddRange(input.OptionDiagnostics);
        ReferenceChecker.Check(locator, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var readText = RewriteBooleanSchemas(
            BreakReferenceCycles(RewriteSwagger2Parameters(text, locator, diagnostics), locator, diagnostics),
            locator);

        // The rewrites write YAML, in flow style when the file was JSON, so the text may start like JSON.
        var format = ReferenceEquals(readText, text) ? DetectFormat(readText) : "yaml";
        ReadResult result;
        try
        {
            var settings = CreateSettings(locator.OpenApiVersion, locator.NodeCount);
            result = OpenApiDocument.Parse(readText, format, settings);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ReportReadFailure(path, locator, exception, diagnostics);
            return null;
        }

        foreach (var error in result.Diagnostic?.Errors ?? Array.Empty<OpenApiError>())
        {
            ReportReadError(locator, error, diagnostics);
        }

        if (result.Document is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ModelBuilder.Build(result.Document, input.Options, locator, diagnostics, cancellationToken);
    }

    /// <summary>
    /// Returns the text OpenAPI.NET reads: the document with its Swagger 2.0 body and formData parameters rewritten
    /// where OpenAPI.NET would misread them, or the document unchanged.
    /// </summary>
    private static string RewriteSwagger2Parameters(string text, SpecLocator locator, DiagnosticBag diagnostics)
    {
        if (Swagger2Parameters.FindRewrite(locator) is not { } pointer)
        {
            return text;
        }

        try
        {
            return Swagger2Parameters.Rewrite(text);
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's representation model rejects some documents that its parser reads, such as duplicate keys.
            diagnostics.Add(
                DiagnosticIds.UnsupportedConstruct,
                locator.Locate(pointer),
                $"A body or formData parameter given by $ref, or a formData parameter on a path item, in a document "
                + $"YamlDotNet cannot load whole ({exception.Message}),",
                "OpenAPI.NET keeps only the first referenced formData parameter, drops the path item's, and reads a "
                + "referenced body with the document's consumes; write these parameters inline in each operation");
            return text;
        }
    }

    /// <summary>
    /// Returns the text OpenAPI.NET reads with every component schema on a loop of references made empty, so its
    /// uses are typed as JsonElement, and reports each such component.
    /// </summary>
    private static string BreakReferenceCycles(string text, SpecLocator locator, DiagnosticBag diagnostics)
    {
        var loops = ReferenceCycles.Find(locator);
        if (loops.Count == 0)
        {
            return text;
        }

        foreach (var (pointer, loop) in loops)
        {
            diagnostics.Add(
                DiagnosticIds.UnsupportedConstruct,
                locator.Locate(pointer),
                $"A schema that is only a $ref whose references loop ({loop})",
                "no schema is ever reached, so every use of it is typed as JsonElement; give one of them a definition");
        }

        try
        {
            return ReferenceCycles.Rewrite(text, loops.Select(loop => loop.Pointer));
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // The duplicate keys that YamlDotNet's node tree rejects are reported by OpenAPI.NET as well.
            return text;
        }
    }

    /// <summary>
    /// Returns the text OpenAPI.NET reads: the document with its boolean schemas written as objects, or the
    /// document unchanged.
    /// </summary>
    private static string RewriteBooleanSchemas(string text, SpecLocator locator)
    {
        if (locator.BooleanSchemas.Count == 0)
        {
            return text;
        }

        try
        {
            return BooleanSchemas.Rewrite(text, locator.BooleanSchemas);
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's representation model rejects some documents that its parser reads, such as duplicate
            // keys. OpenAPI.NET then reports that problem, or throws on the boolean, which ReportReadFailure locates.
            return text;
        }
    }

    private static SpecLocator? ReadLocator(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            return SpecLocator.Read(path, text);
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException?.Message ?? exception.Message;
            var location = SpecLocator.ToLocation(path, exception.Start, exception.End);
            diagnostics.Add(DiagnosticIds.InvalidSyntax, location, message);
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of YamlException on some malformed inputs.
            diagnostics.Add(DiagnosticIds.InvalidSyntax, SpecLocation.FileStart(path), exception.Message);
            return null;
        }
    }

    private static string DetectFormat(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c is '{' or '[' ? "json" : "yaml";
            }
        }

        return "yaml";
    }

    private static OpenApiReaderSettings CreateSettings(string? openApiVersion, int nodeCount)
    {
        // External references stay unresolved: a generator must not read other files or the network.
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        if (openApiVersion is not null && openApiVersion.StartsWith("3.1", StringComparison.Ordinal))
        {
            // OpenAPI 3.1 made an operation's responses optional, but OpenAPI.NET 3.11.1 still requires one.
            var rules = new ValidationRuleSet(ValidationRuleSet.GetDefaultRuleSet());
            rules.Remove(nameof(OpenApiResponsesRules.ResponsesMustContainAtLeastOneResponse));
            settings.RuleSet = rules;
        }

        var aliasLimit = (uint)Math.Min(
            MaxAliasExpansionNodes,
            Math.Max(MinAliasExpansionNodes, AliasExpansionNodesPerNode * (long)nodeCount));
        var yamlSettings = new OpenApiYamlReaderSettings
        {
            MaxAliasExpansionNodeCount = aliasLimit,
            MaxDepth = SpecLocator.MaxDepth,
        };
        settings.TryAddReader("yaml", new OpenApiYamlReader(yamlSettings));
        settings.TryAddReader("yml", new OpenApiYamlReader(yamlSettings));
        settings.Readers["json"] = new DeepJsonReader();
        return settings;
    }

    /// <summary>
    /// Names the innermost generator method on the exception's stack, or the method that threw, so that a report
    /// without the spec still points at the code.
    /// </summary>
    internal static string ThrowSite(Exception exception)
    {
        var frames = new System.Diagnostics.StackTrace(exception).GetFrames() ?? [];
        foreach (var frame in frames)
        {
            var method = frame?.GetMethod();
            if (method?.DeclaringType?.FullName is { } type && type.StartsWith("OpenApiGen.", StringComparison.Ordinal))
            {
                return $"{type}.{method.Name}";
            }
        }

        var thrower = exception.TargetSite;
        return thrower is null ? "an unknown method" : $"{thrower.DeclaringType?.FullName}.{thrower.Name}";
    }
}
