using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace OpenApiGen.Runtime;

/// <summary>The parts whose encoding entry sets a style, explode or base64 transfer encoding.</summary>
public sealed partial class MultipartBody
{
    /// <summary>
    /// Adds a value in the style that the spec's encoding entry sets explicitly, as a query parameter of that style
    /// would be sent, with one text part per resulting field. An array with explode repeats the part name, without
    /// explode it is one part joined by commas, spaces or pipes. An object in the form style with explode sends each
    /// property as a part of its own, without explode one part <c>key,value,key,value</c>, and deepObject parts
    /// named <c>name[key]</c>. OpenAPI ignores the encoding's content type then, so the parts are plain text.
    /// </summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="value">The value, or null to add nothing.</param>
    /// <param name="write">The generated JSON writer of the value's type.</param>
    /// <param name="style">The encoding's style: Form, SpaceDelimited, PipeDelimited or DeepObject.</param>
    /// <param name="explode">The encoding's explode, or its default: true for the form style, else false.</param>
    /// <param name="headers">Further headers for each part; a null value sends no header.</param>
    /// <exception cref="ArgumentException">An item joined into one part contains the separator that joins it.
    /// </exception>
    public MultipartBody AddStyled<T>(
        string name,
        T? value,
        Action<Utf8JsonWriter, T> write,
        ParameterStyle style,
        bool explode,
        PartHeaders? headers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            return this;
        }

        using var document = JsonDocument.Parse(JsonBody.ToUtf8(value, write));
        RequireNoSeparator(name, document.RootElement, style, explode);
        var fields = new List<KeyValuePair<string, string>>();
        FormBody.AddField(fields, name, document.RootElement, new FormFieldEncoding(name, style, explode));
        foreach (var (fieldName, text) in fields)
        {
            AddText(fieldName, text, null, headers);
        }

        return this;
    }

    /// <summary>
    /// Adds bytes as a part with <c>Content-Transfer-Encoding: base64</c>, the multipart form of a string schema with
    /// <c>format: byte</c> or <c>contentEncoding: base64</c>. The text is wrapped at 76 characters (RFC 2045).
    /// </summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="value">The bytes, or null to add nothing.</param>
    /// <param name="contentType">The part's media type from the spec's encoding; application/octet-stream, the
    /// default that OpenAPI 3.1 gives a string with a contentEncoding, when null.</param>
    /// <param name="headers">Further part headers from the spec's encoding; a null value sends no header.</param>
    public MultipartBody AddBase64(string name, byte[]? value, string? contentType = null, PartHeaders? headers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            byte[] header = Header(name, null, contentType ?? DefaultFileType, headers, base64: true);
            parts.Add(new MultipartPart(name, header, Base64Lines.Encode(value), null));
        }

        return this;
    }

    /// <summary>Adds one base64 part per item, all with the same name. Null adds nothing.</summary>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public MultipartBody AddBase64s(
        string name, IEnumerable<byte[]>? values, string? contentType = null, PartHeaders? headers = null)
    {
        foreach (byte[] value in values ?? [])
        {
            if (value is null)
            {
                throw new ArgumentException($"Part '{name}' has a null item. Remove it from the list.", nameof(values));
            }

            AddBase64(name, value, contentType, headers);
        }

        return this;
    }

    /// <summary>
    /// Adds a file part whose bytes are base64-encoded while the body is sent, with
    /// <c>Content-Transfer-Encoding: base64</c>, for a 3.1 string schema with <c>contentEncoding: base64</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file's stream cannot seek and an earlier attempt sent it.
    /// </exception>
    public MultipartBody AddBase64File(
        string name, FilePart? file, string? contentType = null, PartHeaders? headers = null) =>
        AddFilePart(name, file, contentType, headers, base64: true);

    /// <summary>Adds one base64 file part per file, all with the same name. Null adds nothing.</summary>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public MultipartBody AddBase64Files(
        string name, IEnumerable<FilePart>? files, string? contentType = null, PartHeaders? headers = null) =>
        AddFileParts(name, files, contentType, headers, base64: true);

    private MultipartBody AddFilePart(
        string name, FilePart? file, string? contentType, PartHeaders? headers, bool base64)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (file is null)
        {
            return this;
        }

        file.EnsureCanSend(name);
        string type = file.ContentType ?? contentType ?? DefaultFileType;
        parts.Add(new MultipartPart(name, Header(name, file.FileName, type, headers, base64), null, file, base64));
        return this;
    }

    private MultipartBody AddFileParts(
        string name, IEnumerable<FilePart>? files, string? contentType, PartHeaders? headers, bool base64)
    {
        foreach (FilePart file in files ?? [])
        {
            if (file is null)
            {
                throw new ArgumentException($"Part '{name}' has a null file. Remove it from the list.", nameof(files));
            }

            AddFilePart(name, file, contentType, headers, base64);
        }

        return this;
    }
}
