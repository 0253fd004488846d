using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiGen.Generator.Model;

namespace OpenApiGen.Generator.Emitting;

/// <summary>Builds XML documentation comments from spec text, escaped by <see cref="TextEscaping"/>.</summary>
internal static class DocComments
{
    /// <summary>A <c>summary</c> element, or nothing when the text is empty.</summary>
    public static string Summary(string? text, string indent) => Element("summary", text, indent);

    /// <summary>A <c>remarks</c> element, or nothing when the text is empty.</summary>
    public static string Remarks(string? text, string indent) => Element("remarks", text, indent);

    /// <summary>A <c>param</c> element, written even when the description is empty.</summary>
    public static string Param(string name, string? text, string indent)
    {
        var lines = TextEscaping.XmlLines(text);
        var open = $"<param name=\"{TextEscaping.Xml(name.TrimStart('@'))}\">";
        return Wrap(open, "</param>", lines, indent);
    }

    /// <summary>The method's documentation: summary, description, parameters and each documented status.</summary>
    public static string Operation(OperationModel operation, string indent)
    {
        var builder = new StringBuilder();
        builder.Append(Summary(operation.Summary ?? operation.OperationId, indent));
        var remarks = new List<string>();
        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            remarks.Add(operation.Description!);
        }

        remarks.Add($"{operation.HttpMethod} {operation.Path} (operationId {operation.OperationId})");
        remarks.AddRange(operation.Responses.Select(response =>
            $"{response.StatusCode}: {OneLine(response.Description)}"));
        builder.Append(Remarks(string.Join("\n", remarks), indent));
        foreach (var parameter in operation.Parameters)
        {
            builder.Append(Param(parameter.Name, WithDefault(parameter.Description, parameter.DefaultValue), indent));
        }

        if (operation.Body is { } body)
        {
            builder.Append(Param(body.ParameterName, body.Description ?? $"The {body.MediaType} request body.", indent));
        }

        foreach (var part in operation.Body?.Parts ?? default)
        {
            foreach (var header in part.Headers)
            {
                var text = header.Description ?? $"The {header.WireName} header of part {part.Name}.";
                builder.Append(Param(header.ParameterName, text, indent));
            }
        }

        if (operation.SupportsRange)
        {
            builder.Append(Param("range", "The bytes to request with a Range header; null requests the whole content.", indent));
        }

        builder.Append(Param("cancellationToken", "Cancels the request, including reading the response.", indent));
        builder.Append(Element("returns", Returns(operation), indent));
        builder.Append(indent)
            .Append("/// <exception cref=\"global::OpenApiGen.Runtime.ApiException\">")
            .Append("The server returned an error status.</exception>\n");
        return builder.ToString();
    }

    /// <summary>
    /// A record property's <c>summary</c>: its description and the server's default, if any. A property that tracks
    /// presence also gets <c>remarks</c> on how null is sent.
    /// </summary>
    public static string Property(PropertyModel property, string indent)
    {
        var summary = Summary(WithDefault(property.Description, property.ServerDefault), indent);
        return property.TracksPresence
            ? summary + Remarks("Setting null sends JSON null; an unset property is left out.", indent)
            : summary;
    }

    private static string? WithDefault(string? description, string? defaultValue) =>
        defaultValue is null ? description : $"{description} The server's default is {defaultValue}.".Trim();

    private static string Returns(OperationModel operation) => operation.ResultKind switch
    {
        ResultKind.Download => "The response body as an unbuffered stream; dispose it when done.",
        ResultKind.Json when operation.NoBodyStatuses.Count > 0 =>
            $"The deserialized response body, or null when status {string.Join(" or ", operation.NoBodyStatuses)} comes without one.",
        ResultKind.Json => "The deserialized response body.",
        ResultKind.Text => "The response body as text.",
        _ => "A task that completes when the server has accepted the request.",
    };

    private static string Element(string tag, string? text, string indent)
    {
        var lines = TextEscaping.XmlLines(text);
        return lines.Count == 0 ? string.Empty : Wrap($"<{tag}>", $"</{tag}>", lines, indent);
    }

    private static string Wrap(string open, string close, List<string> lines, string indent)
    {
        if (lines.Count <= 1)
        {
            return $"{indent}/// {open}{lines.FirstOrDefault()}{close}\n";
        }

        var builder = new StringBuilder();
        builder.Append(indent).Append("/// ").Append(open).Append('\n');
        foreach (var line in lines)
        {
            var text = line.Length == 0 ? "<para/>" : line;
            builder.Append(indent).Append("/// ").Append(text).Append('\n');
        }

        builder.Append(indent).Append("/// ").Append(close).Append('\n');
        return builder.ToString();
    }

    private static string OneLine(string? text)
    {
        var lines = (text ?? string.Empty).Replace("\r", string.Empty).Split('\n');
        return string.Join(" ", lines.Select(line => line.Trim()).Where(line => line.Length > 0));
    }
}
