using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenApiGen.Samples.JiraServer.Data;

/// <summary>
/// The attachments of one server, safe for concurrent requests.
/// </summary>
internal sealed class AttachmentStore
{
    private readonly ConcurrentDictionary<long, StoredAttachment> _attachments = new();
    private long _lastId;

    public AttachmentStore(IEnumerable<StoredAttachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            _attachments[attachment.Id] = attachment;
            _lastId = System.Math.Max(_lastId, attachment.Id);
        }
    }

    /// <summary>Stores a new attachment under the next free ID, which <paramref name="create"/> receives.</summary>
    public StoredAttachment Add(System.Func<long, StoredAttachment> create)
    {
        var attachment = create(System.Threading.Interlocked.Increment(ref _lastId));
        _attachments[attachment.Id] = attachment;
        return attachment;
    }

    /// <summary>
    /// Finds an attachment by the ID text from a URL. Jira returns 404 for IDs that are not numbers, so a
    /// malformed ID is reported as not found.
    /// </summary>
    public bool TryFind(string idText, [NotNullWhen(true)] out StoredAttachment? attachment)
    {
        attachment = null;
        return long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && _attachments.TryGetValue(id, out attachment);
    }

    public bool TryFind(long id, [NotNullWhen(true)] out StoredAttachment? attachment) =>
        _attachments.TryGetValue(id, out attachment);

    public bool TryDelete(long id) => _attachments.TryRemove(id, out _);
}
