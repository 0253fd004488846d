namespace OpenApiGen.Samples.JiraServer.Endpoints;

/// <summary>
/// The permission that an operation needs: Browse projects to view, Delete attachments to delete.
/// </summary>
internal enum AttachmentOperation
{
    View,
    Delete,
}
