using System.Text.Json;
using OpenApiGen.Samples.JiraServer.Archives;
using OpenApiGen.Samples.JiraServer.Data;

namespace OpenApiGen.Samples.JiraServer.Json;

/// <summary>
/// Writes the AttachmentArchiveMetadataReadable (human) and AttachmentArchiveImpl (raw) schemas.
/// </summary>
internal static class ArchiveJson
{
    public static void WriteHuman(Utf8JsonWriter writer, StoredAttachment attachment, ArchiveInspection inspection)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", attachment.Id);
        writer.WriteString("name", attachment.FileName);
        writer.WriteStartArray("entries");
        foreach (var entry in inspection.Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("path", entry.Path);
            writer.WriteNumber("index", entry.Index);
            writer.WriteString("size", HumanFileSize.Format(entry.Size));
            writer.WriteString("mediaType", entry.MediaType);
            writer.WriteString("label", entry.AbbreviatedPath);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("totalEntryCount", inspection.Entries.Count);
        writer.WriteString("mediaType", attachment.MimeType);
        writer.WriteEndObject();
    }

    public static void WriteRaw(Utf8JsonWriter writer, ArchiveInspection inspection)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("entries");
        foreach (var entry in inspection.Entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("entryIndex", entry.Index);
            writer.WriteString("name", entry.Path);
            writer.WriteString("abbreviatedName", entry.AbbreviatedPath);
            writer.WriteNumber("size", entry.Size);
            writer.WriteString("mediaType", entry.MediaType);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("totalEntryCount", inspection.Entries.Count);
        writer.WriteEndObject();
    }
}
