using System;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>
/// The check that keeps the items of a styled part apart. A part is not percent-encoded, so an item that contains
/// the separator of its style (<c>tags=a,b,c</c> from the items <c>a</c> and <c>b,c</c>) would reach the server as
/// more items than were sent.
/// </summary>
public sealed partial class MultipartBody
{
    /// <summary>Throws when an item of an array without explode, or a key or value of a form object without explode,
    /// contains the separator that joins them into one part.</summary>
    /// <exception cref="ArgumentException">The message names the part, the item and the fix.</exception>
    private static void RequireNoSeparator(string name, JsonElement value, ParameterStyle style, bool explode)
    {
        if (explode || style == ParameterStyle.DeepObject)
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            char separator = style switch
            {
                ParameterStyle.SpaceDelimited => ' ',
                ParameterStyle.PipeDelimited => '|',
                _ => ',',
            };
            foreach (JsonElement item in value.EnumerateArray())
            {
                RequireNoSeparator(name, item, separator, style);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && style == ParameterStyle.Form)
        {
            foreach (JsonProperty property in value.EnumerateObject())
            {
                RequireNoSeparator(name, property.Name, ',', style);
                RequireNoSeparator(name, property.Value, ',', style);
            }
        }
    }

    private static void RequireNoSeparator(string name, JsonElement item, char separator, ParameterStyle style)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            RequireNoSeparator(name, item.GetString()!, separator, style);
        }
    }

    private static void RequireNoSeparator(string name, string item, char separator, ParameterStyle style)
    {
        if (item.IndexOf(separator) < 0)
        {
            return;
        }

        string described = separator switch
        {
            ' ' => "a space",
            '|' => "a pipe ('|')",
            _ => "a comma",
        };
        string styleName = style switch
        {
            ParameterStyle.SpaceDelimited => "spaceDelimited",
            ParameterStyle.PipeDelimited => "pipeDelimited",
            _ => "form",
        };
        throw new ArgumentException(
            $"Part '{name}' has the item '{item}', which contains {described}, the separator of the {styleName} " +
            "style without explode, so the server would read it as more than one item. Multipart parts are not " +
            "percent-encoded: encode the separator in a form the server decodes (such as %2C for a comma), or set " +
            $"explode: true in the spec's encoding for '{name}' so that each item goes in a part of its own.",
            "value");
    }
}
