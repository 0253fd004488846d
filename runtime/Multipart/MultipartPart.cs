namespace OpenApiGen.Runtime;

/// <summary>
/// One part of a <see cref="MultipartBody"/>: its encoded header lines, then either bytes in memory or a file
/// streamed when the body is sent.
/// </summary>
/// <param name="Name">The part name, for error messages.</param>
/// <param name="Header">The boundary line and the part's header lines up to the blank line, in UTF-8.</param>
/// <param name="Body">The body of a text or JSON part, or null for a file part.</param>
/// <param name="File">The file of a file part, or null.</param>
/// <param name="Base64">Whether the file's bytes are sent base64-encoded, in lines of 76 characters.</param>
internal sealed record MultipartPart(string Name, byte[] Header, byte[]? Body, FilePart? File, bool Base64 = false);
