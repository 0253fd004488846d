using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiGen.Runtime;

/// <summary>
/// A <c>multipart/form-data</c> request body (RFC 7578). Text and JSON parts are encoded when they are added. Files
/// are copied in 80 KiB chunks while the body is sent, so a large upload is never held in memory. Generated code
/// creates one per attempt inside <see cref="ApiRequest.WithContent"/>. Each <c>Add…</c> method returns this
/// instance for chaining, and a null value adds no part, because OpenAPI leaves absent properties out.
/// </summary>
public sealed partial class MultipartBody : HttpContent
{
    private const int CopyBufferSize = 81920;
    private const string DefaultFileType = "application/octet-stream";
    private static readonly byte[] NewLine = "\r\n"u8.ToArray();

    private readonly List<MultipartPart> parts = [];
    private readonly string boundary;

    /// <summary>Creates an empty body with a random boundary.</summary>
    public MultipartBody()
        : this("OpenApiGen-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)))
    {
    }

    /// <summary>Creates an empty body with a fixed boundary, for tests that compare the exact bytes.</summary>
    /// <exception cref="ArgumentException">The boundary is empty, longer than 70 characters, or has characters
    /// outside letters, digits and <c>'()+_,-./:=?</c> (RFC 2046, without space).</exception>
    public MultipartBody(string boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        if (boundary.Length is 0 or > 70 || !IsBoundaryText(boundary))
        {
            throw new ArgumentException(
                $"The boundary '{boundary}' is invalid. Use 1 to 70 letters, digits or '()+_,-./:=? characters.",
                nameof(boundary));
        }

        this.boundary = boundary;
        Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data")
        {
            Parameters = { new NameValueHeaderValue("boundary", boundary) },
        };
    }

    /// <summary>Adds a text part, sent as UTF-8 without a Content-Type unless one is given (RFC 7578 then
    /// means text/plain).</summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="value">The text, or null to add nothing.</param>
    /// <param name="contentType">The part's media type from the spec's encoding, or null.</param>
    /// <param name="headers">Further part headers from the spec's encoding; a null value sends no header.</param>
    /// <exception cref="ArgumentException">A header name is not a valid token, is set by the part itself
    /// (Content-Type, Content-Disposition, Content-Transfer-Encoding), or a value contains a line break.</exception>
    public MultipartBody AddText(string name, string? value, string? contentType = null, PartHeaders? headers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            byte[] header = Header(name, null, contentType, headers);
            parts.Add(new MultipartPart(name, header, Encoding.UTF8.GetBytes(value), null));
        }

        return this;
    }

    /// <summary>Adds one text part per value, all with the same name, as forms send a list. Null adds nothing.</summary>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public MultipartBody AddTexts(
        string name, IEnumerable<string?>? values, string? contentType = null, PartHeaders? headers = null)
    {
        int index = 0;
        foreach (string? value in values ?? [])
        {
            if (value is null)
            {
                throw NullItems.CreateError($"Multipart part '{name}'", index, "a multipart part", nameof(values));
            }

            AddText(name, value, contentType, headers);
            index++;
        }

        return this;
    }

    /// <summary>Adds a file part that is streamed when the body is sent.</summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="file">The file, or null to add nothing.</param>
    /// <param name="contentType">The media type from the spec's encoding, used when the file sets none; without
    /// either the part is application/octet-stream.</param>
    /// <param name="headers">Further part headers from the spec's encoding; a null value sends no header.</param>
    /// <exception cref="InvalidOperationException">The file's stream cannot seek and an earlier attempt sent it.
    /// </exception>
    public MultipartBody AddFile(
        string name, FilePart? file, string? contentType = null, PartHeaders? headers = null) =>
        AddFilePart(name, file, contentType, headers, base64: false);

    /// <summary>Adds one file part per file, all with the same name. Null adds nothing.</summary>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public MultipartBody AddFiles(
        string name, IEnumerable<FilePart>? files, string? contentType = null, PartHeaders? headers = null) =>
        AddFileParts(name, files, contentType, headers, base64: false);

    /// <summary>
    /// Adds a union's value: a text part when the union contains a plain value (a string, number or boolean), and a
    /// JSON part otherwise. OpenAPI sends plain values as text, and objects and arrays as JSON.
    /// </summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="value">The union, or null to add nothing.</param>
    /// <param name="write">The generated JSON writer of the union.</param>
    /// <param name="contentType">The part's media type from the spec's encoding, or null for the default.</param>
    /// <param name="headers">Further part headers from the spec's encoding; a null value sends no header.</param>
    public MultipartBody AddUnion<T>(
        string name, T? value, Action<Utf8JsonWriter, T> write, string? contentType = null, PartHeaders? headers = null)
        where T : UnionValue
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return this;
        }

        return JsonUnion.HasTextForm(value.Value)
            ? AddText(name, JsonUnion.FormatParameter(value.Value), contentType, headers)
            : AddJson(name, value, write, contentType, headers);
    }

    /// <summary>Adds a JSON part written by the generated writer of the value's type.</summary>
    /// <param name="name">The part name, exactly as the spec spells the property.</param>
    /// <param name="value">The value, or null to add nothing.</param>
    /// <param name="write">The generated JSON writer of the value's type.</param>
    /// <param name="contentType">The part's media type from the spec's encoding; application/json when null.</param>
    /// <param name="headers">Further part headers from the spec's encoding; a null value sends no header.</param>
    public MultipartBody AddJson<T>(
        string name, T? value, Action<Utf8JsonWriter, T> write, string? contentType = null, PartHeaders? headers = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(write);
        if (value is null)
        {
            return this;
        }

        byte[] header = Header(name, null, contentType ?? "application/json", headers);
        parts.Add(new MultipartPart(name, header, JsonBody.ToUtf8(value, write).ToArray(), null));
        return this;
    }

    /// <inheritdoc/>
    protected override async Task SerializeToStreamAsync(
        Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            await stream.WriteAsync(part.Header, cancellationToken).ConfigureAwait(false);
            if (part.File is { } file && part.Base64)
            {
                await Base64Lines.CopyAsync(file.BeginRead(part.Name), stream, cancellationToken).ConfigureAwait(false);
            }
            else if (part.File is { } rawFile)
            {
                await rawFile.BeginRead(part.Name).CopyToAsync(stream, CopyBufferSize, cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                await stream.WriteAsync(part.Body, cancellationToken).ConfigureAwait(false);
            }

            await stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        }

        await stream.WriteAsync(Closing(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc/>
    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            stream.Write(part.Header);
            if (part.File is { } file && part.Base64)
            {
                Base64Lines.Copy(file.BeginRead(part.Name), stream);
            }
            else if (part.File is { } rawFile)
            {
                rawFile.BeginRead(part.Name).CopyTo(stream, CopyBufferSize);
            }
            else
            {
                stream.Write(part.Body);
            }

            stream.Write(NewLine);
        }

        stream.Write(Closing());
    }

    /// <summary>Computes the length when every file stream can seek, so the request needs no chunked encoding.</summary>
    protected override bool TryComputeLength(out long length)
    {
        length = Closing().Length;
        foreach (var part in parts)
        {
            long? bodyLength = part.File is { } file ? file.Length : part.Body!.Length;
            if (part.Base64 && bodyLength is { } fileLength)
            {
                bodyLength = Base64Lines.EncodedLength(fileLength);
            }

            if (bodyLength is null)
            {
                length = 0;
                return false;
            }

            length += part.Header.Length + bodyLength.Value + NewLine.Length;
        }

        return true;
    }

    private byte[] Header(
        string name, string? fileName, string? contentType, PartHeaders? headers, bool base64 = false)
    {
        var header = new StringBuilder("--").Append(boundary).Append("\r\n")
            .Append(ContentDispositionText.Line(name, fileName)).Append("\r\n");
        if (contentType is not null)
        {
            // Parsing rejects a value that would break the header, such as one with a line break.
            var parsed = MediaTypeHeaderValue.Parse(contentType);
            header.Append("Content-Type: ").Append(parsed).Append("\r\n");
        }

        if (base64)
        {
            header.Append("Content-Transfer-Encoding: base64\r\n");
        }

        headers?.AppendTo(header, name);
        return Encoding.UTF8.GetBytes(header.Append("\r\n").ToString());
    }

    /// <summary>Whether no part was added, so the body cannot be sent: RFC 2046 requires at least one part.</summary>
    internal bool IsEmpty => parts.Count == 0;

    private byte[] Closing() => Encoding.ASCII.GetBytes("--" + boundary + "--\r\n");

    private static bool IsBoundaryText(string text)
    {
        foreach (char character in text)
        {
            if (!char.IsAsciiLetterOrDigit(character) && "'()+_,-./:=?".IndexOf(character) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
