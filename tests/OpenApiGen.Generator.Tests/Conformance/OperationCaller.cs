using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using OpenApiGen.Generator.Model;
using OpenApiGen.Runtime;

namespace OpenApiGen.Generator.Tests.Conformance;

/// <summary>
/// Calls one operation of a generated client by reflection: builds each argument from the spec's schema for the
/// matching parameter or body, awaits the method and reads the whole result, so a download's stream is drained.
/// </summary>
internal sealed class OperationCaller(Assembly assembly, ApiModel model, HttpClient http, Uri baseAddress)
{
    /// <summary>Calls <paramref name="operation"/> and lets any exception through for the caller to record.</summary>
    public async Task CallAsync(
        string? clientClassName,
        OperationModel operation,
        SpecOperation spec,
        CancellationToken cancellationToken)
    {
        var options = new ApiClientOptions { BaseAddress = baseAddress };
        ClientSecurity.Apply(spec, options);
        var connection = new ApiConnection(http, options);
        var clientType = FindType(clientClassName ?? model.RootClassName);
        var client = Activator.CreateInstance(clientType, connection)!;
        var method = clientType.GetMethod(operation.MethodName + "Async", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new MissingMethodException(clientType.FullName, operation.MethodName + "Async");

        var arguments = method.GetParameters()
            .Select(parameter => Argument(parameter, operation, spec, cancellationToken))
            .ToArray();
        var task = (Task)method.Invoke(client, arguments)!;
        await task;
        await ConsumeAsync(task.GetType().GetProperty("Result")?.GetValue(task), cancellationToken);
    }

    private Type FindType(string name) => assembly.GetTypes().Single(type => type.Name == name && type.IsClass);

    private static object? Argument(
        ParameterInfo parameter,
        OperationModel operation,
        SpecOperation spec,
        CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        var name = parameter.Name!;
        if (operation.Body is { } body && body.ParameterName.TrimStart('@') == name)
        {
            var schema = spec.BodySchema(body.MediaType);
            var value = SchemaSampler.Sample(schema);
            return parameter.ParameterType == typeof(HttpContent)
                ? ArgumentFactory.CreateContent(body.MediaType, schema, value)
                : ArgumentFactory.Create(parameter.ParameterType, value);
        }

        if (operation.Parameters.FirstOrDefault(candidate => candidate.Name.TrimStart('@') == name) is { } declared)
        {
            var schema = spec.ParameterSchema(declared.WireName, declared.Location);
            return ArgumentFactory.Create(parameter.ParameterType, SchemaSampler.Sample(schema));
        }

        // The Range header of downloads, which the spec does not declare.
        return parameter.HasDefaultValue
            ? parameter.DefaultValue
            : throw new InvalidOperationException($"No spec parameter matches the method parameter '{name}'.");
    }

    private static async Task ConsumeAsync(object? result, CancellationToken cancellationToken)
    {
        if (result is DownloadResult download)
        {
            await using (download)
            {
                await download.Content.CopyToAsync(Stream.Null, cancellationToken);
            }
        }
    }
}
