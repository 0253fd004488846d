using System;
using System.Text.Json;
using OpenApiGen.Samples.JiraServer.Data;

namespace OpenApiGen.Samples.JiraServer.Json;

/// <summary>
/// Writes the AttachmentMetadata, Attachment, User and AttachmentSettings schemas of Jira's REST API v3.
/// </summary>
internal static class AttachmentJson
{
    private static readonly int[] AvatarSizes = [16, 24, 32, 48];

    public static void WriteMetadata(Utf8JsonWriter writer, StoredAttachment attachment, Uri baseAddress)
    {
        writer.WriteStartObject();
        writer.WriteString("self", ResourceUrls.Attachment(baseAddress, attachment.Id));
        writer.WriteNumber("id", attachment.Id);
        writer.WriteString("filename", attachment.FileName);
        writer.WritePropertyName("author");
        WriteUser(writer, attachment.Author, baseAddress);
        writer.WriteString("created", JiraTimestamp.Format(attachment.Created));
        writer.WriteNumber("size", attachment.Content.Length);
        writer.WriteString("mimeType", attachment.MimeType);
        writer.WriteStartObject("properties");
        writer.WriteEndObject();
        writer.WriteString("content", ResourceUrls.Content(baseAddress, attachment.Id));
        if (attachment.IsImage)
        {
            writer.WriteString("thumbnail", ResourceUrls.Thumbnail(baseAddress, attachment.Id));
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the Attachment schema that the upload operation returns, whose ID is a string.</summary>
    public static void WriteAttachment(Utf8JsonWriter writer, StoredAttachment attachment, Uri baseAddress)
    {
        writer.WriteStartObject();
        writer.WriteString("self", ResourceUrls.Attachment(baseAddress, attachment.Id));
        writer.WriteString("id", attachment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("filename", attachment.FileName);
        writer.WritePropertyName("author");
        WriteUser(writer, attachment.Author, baseAddress);
        writer.WriteString("created", JiraTimestamp.Format(attachment.Created));
        writer.WriteNumber("size", attachment.Content.Length);
        writer.WriteString("mimeType", attachment.MimeType);
        writer.WriteString("content", ResourceUrls.Content(baseAddress, attachment.Id));
        writer.WriteEndObject();
    }

    public static void WriteSettings(Utf8JsonWriter writer, long uploadLimit)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("enabled", true);
        writer.WriteNumber("uploadLimit", uploadLimit);
        writer.WriteEndObject();
    }

    private static void WriteUser(Utf8JsonWriter writer, JiraAccount account, Uri baseAddress)
    {
        writer.WriteStartObject();
        writer.WriteString("self", ResourceUrls.User(baseAddress, account.AccountId));

        // Jira Cloud still sends the retired user key and name, as empty strings.
        writer.WriteString("key", string.Empty);
        writer.WriteString("name", string.Empty);
        writer.WriteString("accountId", account.AccountId);
        writer.WriteString("emailAddress", account.Email);
        writer.WriteStartObject("avatarUrls");
        foreach (var size in AvatarSizes)
        {
            writer.WriteString($"{size}x{size}", ResourceUrls.Avatar(baseAddress, account.AccountId, size));
        }

        writer.WriteEndObject();
        writer.WriteString("displayName", account.DisplayName);
        writer.WriteBoolean("active", true);
        writer.WriteString("timeZone", account.TimeZone);
        writer.WriteString("accountType", "atlassian");
        writer.WriteEndObject();
    }
}
