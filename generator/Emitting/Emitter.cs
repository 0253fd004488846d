using System.Collections.Generic;
using System.Linq;
using OpenApiGen.Generator.Model;
using Scriban;
using Scriban.Runtime;

namespace OpenApiGen.Generator.Emitting;

/// <summary>Renders an <see cref="ApiModel"/> into C# files. Pure: the same model always gives the same text.</summary>
internal static class Emitter
{
    public static IEnumerable<GeneratedFile> Emit(EmitInput input)
    {
        var api = input.Api;
        var prefix = api.Options.ClientName;
        yield return new GeneratedFile($"{prefix}.{api.RootClassName}.g.cs", RenderRoot(api));
        if (input.HasHttpClientFactory)
        {
            yield return new GeneratedFile(
                $"{prefix}.{api.ExtensionsClassName}.g.cs",
                RenderServiceCollectionExtensions(api));
        }

        foreach (var client in api.Clients)
        {
            yield return new GeneratedFile($"{prefix}.{client.ClassName}.g.cs", RenderClient(api, client));
        }

        foreach (var type in api.Types)
        {
            yield return new GeneratedFile($"{prefix}.Models.{type.Name}.g.cs", RenderModel(api, type));
            yield return new GeneratedFile($"{prefix}.Models.{type.Name}JsonConverter.g.cs", RenderConverter(api, type));
        }
    }

    private static string RenderRoot(ApiModel api)
    {
        var variables = CommonVariables(api);
        variables["api"] = api;
        variables["root_summary"] = $"The client for {api.Title} {api.Version}.\n{api.Description}";
        variables["default_base"] = api.DefaultServerUrl is null
            ? "null"
            : "new global::System.Uri(DefaultServerUrl)";
        return Render(TemplateLibrary.RootClient.Value, variables);
    }

    private static string RenderServiceCollectionExtensions(ApiModel api)
    {
        var variables = CommonVariables(api);
        variables["api"] = api;
        variables["http_client_name"] = api.Options.Namespace + "." + api.RootClassName;
        return Render(TemplateLibrary.ServiceCollectionExtensions.Value, variables);
    }

    private static string RenderClient(ApiModel api, ClientModel client)
    {
        var variables = CommonVariables(api);
        variables["client"] = client;
        variables["client_summary"] = $"Operations tagged \"{client.Tag}\".\n{client.Description}";
        return Render(TemplateLibrary.Client.Value, variables);
    }

    private static string RenderModel(ApiModel api, TypeModel type)
    {
        var variables = CommonVariables(api);
        variables["type"] = type;
        return Render(TemplateLibrary.Model.Value, variables);
    }

    private static string RenderConverter(ApiModel api, TypeModel type)
    {
        var variables = CommonVariables(api);
        variables["type"] = type;
        variables["readable"] = type.Properties.Where(property => !property.WriteOnly).ToList();
        variables["writable"] = type.Properties.Where(property => !property.ReadOnly).ToList();
        return Render(TemplateLibrary.ModelJson.Value, variables);
    }

    private static ScriptObject CommonVariables(ApiModel api)
    {
        return new ScriptObject
        {
            ["header"] = TemplateLibrary.Header,
            ["namespace"] = api.Options.Namespace,
            ["visibility"] = api.Options.TypeVisibility,
            ["tool_version"] = ToolVersion.Value,
        };
    }

    private static string Render(Template template, ScriptObject variables)
    {
        return template.Render(TemplateLibrary.CreateContext(variables));
    }
}
