using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OpenApiGen.Runtime;

/// <summary>Copies of response headers that outlive the response.</summary>
internal static class ResponseHeaders
{
    /// <summary>Returns the response and content headers in one dictionary whose keys ignore case.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Snapshot(HttpResponseMessage response)
    {
        var snapshot = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(snapshot, response.Headers);
        Add(snapshot, response.Content.Headers);
        return snapshot;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> snapshot, HttpHeaders headers)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            var list = new List<string>(values.Count);
            foreach (string value in values)
            {
                list.Add(value);
            }

            if (snapshot.TryGetValue(name, out IReadOnlyList<string>? existing))
            {
                list.InsertRange(0, existing);
            }

            snapshot[name] = list;
        }
    }
}
